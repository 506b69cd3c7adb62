/**
 * The fleet page: one self-contained HTML file (no build, no assets) so the central service
 * stays a single process. The admin token lives in sessionStorage only, gone with the tab.
 */
export const FLEET_PAGE = `<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>终端运行状态 · Terminal fleet</title>
<style>
  body { font: 14px/1.5 system-ui, "PingFang SC", "Microsoft YaHei", sans-serif; margin: 24px; color: #1f2d3d; }
  h1 { font-size: 20px; margin: 0; } .sub { color: #6b7785; margin: 0 0 16px; }
  table { border-collapse: collapse; width: 100%; } th, td { border-bottom: 1px solid #e4e7ed; padding: 6px 8px; text-align: left; white-space: nowrap; }
  th { background: #f5f7fa; font-weight: 600; } td.num { text-align: right; font-variant-numeric: tabular-nums; }
  .on { color: #2e7d32; } .off { color: #c62828; } .muted { color: #909399; } #error { color: #c62828; }
  form { margin-bottom: 16px; } input { padding: 4px 8px; width: 320px; }
</style>
</head>
<body>
<h1>终端运行状态</h1>
<p class="sub">Terminal fleet — refreshed every 5 s <span id="time" class="muted"></span></p>
<form id="login" hidden><label>管理令牌 Admin token <input id="token" type="password" autocomplete="off"></label> <button>进入 Open</button></form>
<p id="error"></p>
<table hidden id="table">
<thead><tr><th>终端 Terminal</th><th>单位 Office</th><th>类型 Mode</th><th>状态 Status</th><th>在线 Online</th><th>最近同步 Last sync</th>
<th>待上传 Queue</th><th>最早待传 Oldest pending</th><th>时钟偏差 Clock offset</th><th>已执行 Applied</th><th>被拒绝 Rejected</th><th>待处理 Open tasks</th><th>版本 Version</th></tr></thead>
<tbody id="rows"></tbody>
</table>
<script>
const KEY = 'central-admin-token'
const esc = (v) => String(v ?? '—').replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c])
const when = (iso) => (iso ? new Date(iso).toLocaleString('zh-CN', { hour12: false }) : '—')
function age(iso, now) {
  if (!iso) return '—'
  const s = Math.max(0, Math.round((now - new Date(iso).getTime()) / 1000))
  return s < 120 ? s + ' 秒' : s < 7200 ? Math.round(s / 60) + ' 分钟' : Math.round(s / 3600) + ' 小时'
}
async function refresh() {
  const token = sessionStorage.getItem(KEY)
  if (!token) { document.getElementById('login').hidden = false; return }
  try {
    const response = await fetch('/v1/admin/fleet', { headers: { authorization: 'Bearer ' + token } })
    const body = await response.json()
    if (!response.ok) {
      if (response.status === 401) { sessionStorage.removeItem(KEY); document.getElementById('login').hidden = false }
      throw new Error(body.error ? body.error.message : response.statusText)
    }
    const now = new Date(body.serverTime).getTime()
    document.getElementById('rows').innerHTML = body.terminals.map((t) => '<tr>' +
      '<td>' + esc(t.name) + '<br><span class="muted">' + esc(t.id) + '</span></td><td>' + esc(t.officeCode) + '</td>' +
      '<td>' + (t.mode === 'kiosk' ? '自助机 kiosk' : '窗口 counter') + '</td>' +
      '<td>' + (t.status === 'enrolled' ? '已注册 enrolled' : '<span class="off">已注销 de-enrolled</span>') + '</td>' +
      '<td class="' + (t.online ? 'on">● 在线' : 'off">○ 离线') + '</td><td>' + when(t.lastSyncAt) + '</td>' +
      '<td class="num">' + esc(t.queueDepth) + '</td><td>' + age(t.oldestPendingAt, now) + '</td>' +
      '<td class="num">' + (t.clockOffsetMs === null ? '—' : esc(t.clockOffsetMs) + ' ms') + '</td>' +
      '<td class="num">' + esc(t.commandsApplied) + '</td><td class="num">' + esc(t.commandsRejected) + '</td><td class="num">' + esc(t.openTasks) + '</td><td>' + esc(t.appVersion) + '</td></tr>').join('')
    document.getElementById('table').hidden = false
    document.getElementById('login').hidden = true
    document.getElementById('error').textContent = ''
    document.getElementById('time').textContent = '· ' + when(body.serverTime)
  } catch (error) {
    document.getElementById('error').textContent = '加载失败 Failed to load: ' + error.message
  }
}
document.getElementById('login').addEventListener('submit', (event) => {
  event.preventDefault()
  sessionStorage.setItem(KEY, document.getElementById('token').value.trim())
  refresh()
})
refresh()
setInterval(refresh, 5000)
</script>
</body>
</html>
`
