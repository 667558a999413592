-- Headless Neovim (0.7+) as a client of the gazette language server. Opens the file given on the
-- command line, waits for diagnostics, asks for document symbols, a definition and the code actions
-- of one diagnostic, and writes everything as JSON to $GAZETTE_NVIM_OUT. Exits with :cq on failure.
--   GAZETTE_SERVER     path of dist/server.js
--   GAZETTE_ROOT       workspace folder
--   GAZETTE_NVIM_QUERY JSON: { definition: {line, character}, codeAction: {code: "<rule id>", line: n} }
local out_file = os.getenv('GAZETTE_NVIM_OUT')
local server = os.getenv('GAZETTE_SERVER')
local root = os.getenv('GAZETTE_ROOT')
local query_json = os.getenv('GAZETTE_NVIM_QUERY')
if not (out_file and server and root and query_json) then
  io.stderr:write('set GAZETTE_NVIM_OUT, GAZETTE_SERVER, GAZETTE_ROOT and GAZETTE_NVIM_QUERY\n')
  vim.cmd('cq!')
end
local query = vim.fn.json_decode(query_json)

-- Keep the diagnostics exactly as the server sent them (UTF-16 positions, codes).
local published = {}
local default_handler = vim.lsp.handlers['textDocument/publishDiagnostics']
vim.lsp.handlers['textDocument/publishDiagnostics'] = function(err, result, ctx, config)
  if result then published[result.uri] = result.diagnostics end
  return default_handler(err, result, ctx, config)
end

local function finish(ok, data)
  data.ok = ok
  data.nvim = vim.version()
  local f = assert(io.open(out_file, 'w'))
  f:write(vim.fn.json_encode(data))
  f:close()
  vim.cmd(ok and 'qa!' or 'cq!')
end

local function run()
  local buf = vim.api.nvim_get_current_buf()
  vim.bo[buf].filetype = 'gazette'
  local id = vim.lsp.start_client({
    name = 'gazette-lint',
    cmd = { 'node', server, '--stdio' },
    root_dir = root,
    workspace_folders = { { uri = vim.uri_from_fname(root), name = 'workspace' } },
  })
  if not id then return finish(false, { error = 'start_client failed' }) end
  vim.lsp.buf_attach_client(buf, id)
  local uri = vim.uri_from_bufnr(buf)
  local got = vim.wait(20000, function()
    return published[uri] ~= nil and #published[uri] > 0
  end, 50)
  local data = { uri = uri, diagnostics = published[uri] or {} }
  if not got then
    data.error = 'no diagnostics within 20 s'
    return finish(false, data)
  end
  local client = vim.lsp.get_client_by_id(id)
  local function request(method, params)
    local res, err = client.request_sync(method, params, 10000, buf)
    if not res then return { error = tostring(err) } end
    if res.err then return { error = res.err } end
    return { result = res.result == nil and vim.NIL or res.result }
  end
  local doc = { uri = uri }
  data.symbols = request('textDocument/documentSymbol', { textDocument = doc })
  data.definition = request('textDocument/definition', { textDocument = doc, position = query.definition })
  for _, d in ipairs(data.diagnostics) do
    if d.code == query.codeAction.code and d.range.start.line == query.codeAction.line then
      data.codeActions = request('textDocument/codeAction', {
        textDocument = doc,
        range = d.range,
        context = { diagnostics = { d } },
      })
      break
    end
  end
  local failed = false
  for _, key in ipairs({ 'symbols', 'definition', 'codeActions' }) do
    if data[key] == nil or data[key].error ~= nil then failed = true end
  end
  client.stop()
  finish(not failed, data)
end

vim.api.nvim_create_autocmd('VimEnter', {
  callback = function()
    local ok, err = pcall(run)
    if not ok then finish(false, { error = tostring(err) }) end
  end,
})
