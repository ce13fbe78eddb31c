// Logs every news-error on the page, so a publisher can see what their code would receive.
const log = document.getElementById('log');
document.addEventListener('news-error', (event) => {
  const item = document.createElement('li');
  const { code, message, dropped } = event.detail;
  item.textContent = `<${event.target.localName}> ${code}: ${message}${dropped ? ` (${dropped.join('; ')})` : ''}`;
  log.append(item);
});
