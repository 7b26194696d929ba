-- Neovim's own LSP client against the contentlint server: open a page, wait for its diagnostics, apply the
-- quick fix of the wordy phrase and wait for the diagnostics of the fixed text. Written for Neovim 0.7 and
-- later (vim.lsp.start_client). Run headless:
--   CONTENTLINT_LSP_CMD='java -cp ... Main' CONTENTLINT_PAGE=page.md CONTENTLINT_RESULT=out.txt \
--     nvim --headless -u NONE -i NONE -n -c 'luafile quickfix.lua'
-- The result file gets "ok" and what was seen, or "fail: why".

local result_file = os.getenv("CONTENTLINT_RESULT")
local lines = {}

local function finish(status)
  local f = io.open(result_file, "w")
  f:write(status .. "\n" .. table.concat(lines, "\n") .. "\n")
  f:close()
  vim.cmd("qall!")
end

local function code_of(d)
  local lsp = d.user_data and d.user_data.lsp or {}
  return d.code or lsp.code
end

local function codes(buf)
  local out = {}
  for _, d in ipairs(vim.diagnostic.get(buf)) do table.insert(out, tostring(code_of(d))) end
  table.sort(out)
  return out
end

local function has(list, value)
  for _, v in ipairs(list) do if v == value then return true end end
  return false
end

local ok, err = pcall(function()
  local cmd = vim.split(os.getenv("CONTENTLINT_LSP_CMD"), "\t", { plain = true })
  local page = os.getenv("CONTENTLINT_PAGE")
  vim.cmd("edit " .. vim.fn.fnameescape(page))
  local buf = vim.api.nvim_get_current_buf()
  vim.bo[buf].filetype = "markdown"
  local client_id = vim.lsp.start_client({
    name = "contentlint",
    cmd = cmd,
    root_dir = vim.fn.fnamemodify(page, ":p:h"),
    init_options = { debounceMillis = 50 },
  })
  assert(client_id, "the server did not start")
  vim.lsp.buf_attach_client(buf, client_id)

  local got = vim.wait(90000, function()
    local c = codes(buf)
    return has(c, "freshness/stale-date") and has(c, "style/wordy-phrases")
  end, 100)
  table.insert(lines, "first: " .. table.concat(codes(buf), " "))
  if not got then error("no stale-date and wordy-phrases diagnostics") end

  local wordy
  for _, d in ipairs(vim.diagnostic.get(buf)) do
    if code_of(d) == "style/wordy-phrases" then wordy = d end
  end
  local client = vim.lsp.get_client_by_id(client_id)
  -- Neovim 0.7 keeps only some of the protocol's fields in user_data, so the range is rebuilt (ASCII text: bytes
  -- and UTF-16 units agree).
  local range = { start = { line = wordy.lnum, character = wordy.col },
                  ["end"] = { line = wordy.end_lnum, character = wordy.end_col } }
  local lsp_diag = { range = range, message = wordy.message, code = code_of(wordy), source = wordy.source }
  local params = {
    textDocument = { uri = vim.uri_from_bufnr(buf) },
    range = range,
    context = { diagnostics = { lsp_diag }, only = { "quickfix" } },
  }
  local response = client.request_sync("textDocument/codeAction", params, 30000, buf)
  assert(response and response.result, "no reply to textDocument/codeAction: " .. vim.inspect(response))
  local fix
  for _, action in ipairs(response.result) do
    table.insert(lines, "action: " .. action.title)
    if not fix and action.edit and action.title:match("^Replace with") then fix = action end
  end
  assert(fix, "no quick fix offered")
  vim.lsp.util.apply_workspace_edit(fix.edit, client.offset_encoding or "utf-16")
  local text = table.concat(vim.api.nvim_buf_get_lines(buf, 0, -1, false), "\n")
  table.insert(lines, "fixed: " .. text:gsub("\n", " | "))
  assert(not text:find("in order to", 1, true), "the phrase is still there")

  got = vim.wait(90000, function()
    local c = codes(buf)
    return has(c, "freshness/stale-date") and not has(c, "style/wordy-phrases")
  end, 100)
  table.insert(lines, "after: " .. table.concat(codes(buf), " "))
  if not got then error("the diagnostics did not follow the fix") end
end)

if ok then finish("ok") else finish("fail: " .. tostring(err)) end
