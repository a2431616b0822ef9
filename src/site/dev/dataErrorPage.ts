/**
 * Under `npm run dev`, a page that cannot be built because the data has errors shows the
 * validator's report itself, as plain HTML (its one script only reloads the page once fixed): file:line:column, the message
 * in Vietnamese and English, and the fix. The terminal prints the same report.
 */
export function dataErrorPage(report: string): string {
  const escaped = report.replace(/[&<>]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;' })[c]!);
  const html = `<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>Dữ liệu có lỗi / The data has errors</title>
<style>body{font:16px/1.5 system-ui,sans-serif;margin:1.5rem;max-width:70rem}pre{white-space:pre-wrap;background:#fff6f5;border-left:4px solid #a4262c;padding:1rem}</style></head>
<body><h1>Dữ liệu có lỗi / The data has errors</h1>
<p>Sửa các lỗi dưới đây rồi lưu tệp; trang tự tải lại. Fix the errors below and save: the page reloads by itself.</p>
<pre>${escaped}</pre><script type="module" src="/@vite/client"></script></body></html>`;
  return html;
}
