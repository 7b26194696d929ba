package dev.contentlint.core.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.contentlint.core.document.Location;
import org.junit.jupiter.api.Test;

/** What a FieldWriter writes a FieldReader reads back exactly, whatever the text holds; anything else is refused. */
class FieldCodecTest {
    @Test
    void everyKindOfFieldRoundTrips() {
        String awkward = "12:3;-: \n\r\u0000 ünïcode 🙂 " + "x".repeat(1000);
        String stored = new FieldWriter().string(awkward).string("").string(null).number(Long.MIN_VALUE).number(-1)
                .bool(true).bool(false).decimal(Double.NaN).decimal(-0.1).location(new Location(3, 1, 4, 17))
                .toString();
        FieldReader in = new FieldReader(stored);
        assertEquals(awkward, in.string());
        assertEquals("", in.string());
        assertNull(in.string());
        assertEquals(Long.MIN_VALUE, in.number());
        assertEquals(-1, in.integer());
        assertTrue(in.bool());
        assertFalse(in.bool());
        assertTrue(Double.isNaN(in.decimal()));
        assertEquals(-0.1, in.decimal());
        assertEquals(new Location(3, 1, 4, 17), in.location());
        assertFalse(in.hasMore());
        in.end();
    }

    @Test
    void anotherLayoutIsRefusedRatherThanMisread() {
        assertThrows(IllegalArgumentException.class, () -> new FieldReader("5:abc").string(), "ends early");
        assertThrows(IllegalArgumentException.class, () -> new FieldReader("3:abc").number(), "a string, not a number");
        assertThrows(IllegalArgumentException.class, () -> new FieldReader("4294967296;").integer(), "too big for int");
        assertThrows(IllegalArgumentException.class, () -> new FieldReader("2;").bool());
        FieldReader leftover = new FieldReader("1;2;");
        leftover.number();
        assertThrows(IllegalArgumentException.class, leftover::end);
    }
}
