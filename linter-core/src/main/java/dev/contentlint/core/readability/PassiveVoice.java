package dev.contentlint.core.readability;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Finds English passive clauses: a form of "be" or "get", at most two adverbs, then a past participle
 * (a regular {@code -ed} form or an irregular one). Participles mostly used as adjectives ("is
 * interested", "are tired") are not counted.
 */
public final class PassiveVoice {
    private static final Set<String> AUXILIARIES = Set.of("am", "is", "are", "was", "were", "be", "been", "being",
            "get", "gets", "got", "gotten", "getting", "isn't", "aren't", "wasn't", "weren't", "isn’t", "aren’t",
            "wasn’t", "weren’t");
    private static final Set<String> IRREGULAR = Set.of("arisen", "awoken", "beaten", "become", "begun", "bent", "bet",
            "bid", "bitten", "bled", "blown", "bought", "bound", "bred", "broken", "brought", "built", "burnt", "burst",
            "cast", "caught", "chosen", "clung", "come", "cost", "crept", "cut", "dealt", "done", "drawn", "dreamt",
            "driven", "drunk", "dug", "eaten", "fallen", "fed", "felt", "fought", "found", "fled", "flung", "flown",
            "forbidden", "forecast", "forgiven", "forgotten", "frozen", "given", "gone", "ground", "grown", "hung",
            "heard", "hidden", "hit", "held", "hurt", "kept", "known", "laid", "led", "left", "lent", "let", "lit",
            "lost", "made", "meant", "met", "mistaken", "misunderstood", "overcome", "overseen", "overtaken", "paid",
            "put", "quit", "read", "rewritten", "rid", "ridden", "rung", "risen", "run", "said", "seen", "sought",
            "sold", "sent", "set", "sewn", "shaken", "shed", "shot", "shown", "shut", "slain", "slung", "slit",
            "spent", "split", "spoken", "spread", "sprung", "stolen", "stuck", "stung", "struck", "strung", "sworn",
            "swept", "swollen", "swum", "swung", "taken", "taught", "thrown", "thrust", "told", "thought", "torn",
            "trodden", "understood", "undertaken", "undone", "upheld", "upset", "withdrawn", "withheld", "woken",
            "won", "worn", "woven", "wound", "written", "wrung");
    /** -ed words that after "be" are adjectives, or that are not participles at all. */
    private static final Set<String> NOT_PARTICIPLES = Set.of("interested", "tired", "excited", "concerned",
            "supposed", "married", "bored", "pleased", "satisfied", "worried", "surprised", "scared", "ashamed",
            "annoyed", "amazed", "confused", "involved", "related", "advanced", "detailed",
            "experienced", "limited", "complicated", "sophisticated", "dedicated", "red", "bed", "shed", "need",
            "indeed", "hundred", "sacred", "naked", "wicked", "rugged", "aged", "beloved", "learned", "crowded",
            "talented", "unexpected", "unlimited", "unrelated", "gone", "come", "become");
    private static final Set<String> ADVERBS = Set.of("not", "never", "also", "always", "often", "usually", "then",
            "now", "still", "already", "just", "only", "being", "been", "rarely", "sometimes", "generally", "widely",
            "currently", "automatically", "typically", "easily", "further", "first", "all", "both", "n't");

    private PassiveVoice() {}

    /** Whether the sentence holds a passive clause. */
    public static boolean isPassive(Sentence sentence) {
        return passiveAt(sentence) >= 0;
    }

    /** Index of the participle of the first passive clause, or -1. */
    public static int passiveAt(Sentence sentence) {
        List<Word> words = sentence.words();
        for (int i = 0; i < words.size() - 1; i++) {
            if (!AUXILIARIES.contains(lower(words.get(i)))) continue;
            for (int j = i + 1; j < words.size() && j <= i + 3; j++) {
                String w = lower(words.get(j));
                if (participle(w)) return j;
                if (!ADVERBS.contains(w) && !w.endsWith("ly")) break;
            }
        }
        return -1;
    }

    private static boolean participle(String w) {
        if (IRREGULAR.contains(w) && !NOT_PARTICIPLES.contains(w)) return true;
        if (IRREGULAR.contains(w)) return false;
        return w.length() > 4 && w.endsWith("ed") && !NOT_PARTICIPLES.contains(w) && w.chars().allMatch(Character::isLetter);
    }

    private static String lower(Word w) {
        return w.core().toLowerCase(Locale.ROOT);
    }
}
