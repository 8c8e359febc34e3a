// The plain page a browser sees when single sign-on cannot sign someone in: what happened and
// what to do. Static markup only (the CSP allows no inline script or style).
const escapeHtml = (text: string) =>
  text.replace(/[&<>"']/g, (ch) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[ch] ?? ch);

export function refusalPage(title: string, message: string, advice: string, reference?: string): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)} · Tandem</title>
<link rel="stylesheet" href="/auth-page.css">
</head>
<body>
<main class="auth-page" role="main">
<p class="auth-brand"><span class="auth-mark" aria-hidden="true">T</span> Tandem</p>
<h1>${escapeHtml(title)}</h1>
<p>${escapeHtml(message)}</p>
<p class="auth-advice">${escapeHtml(advice)}</p>
${reference ? `<p class="auth-reference">Reference for support: <code>${escapeHtml(reference)}</code></p>` : ""}
<p><a class="auth-button" href="/sign-in">Back to sign-in</a></p>
</main>
</body>
</html>`;
}
