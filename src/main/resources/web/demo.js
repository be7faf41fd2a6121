// Shows the embed code on the demo page with this server's own address, ready to copy. A file of its
// own, not inline, so the page's Content-Security-Policy can allow this server's scripts and no others.
{
  const code = document.getElementById("embed-code");
  code.textContent = code.textContent.replaceAll("https://search.example.com", location.origin);
}
