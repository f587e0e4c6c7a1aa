/* SchemePortal: Escape closes the header's "Menu" and "Schemes" lists.
 *
 * Both are details elements, so they open and close without JavaScript; this only adds what a
 * keyboard user expects of a menu: Escape closes the innermost open one and puts focus back on its
 * control. Without JavaScript, Escape does nothing and the controls still open and close them. A control the stylesheet hides (the "Menu" control on wide screens) is left alone, since
 * closing it would change nothing the reader sees and focus could not go back to it.
 */
(function () {
  "use strict";

  function shown(el) { return !!el && el.getClientRects().length > 0; }

  document.addEventListener("keydown", function (event) {
    if (event.key !== "Escape" && event.key !== "Esc") { return; }
    var open = document.querySelectorAll(".site-header details[open]");
    var target = null;
    /* The innermost open list: "Schemes" sits inside "Menu", and comes after it in the document. */
    for (var i = open.length - 1; i >= 0 && !target; i--) {
      if (shown(open[i].querySelector(":scope > summary"))) { target = open[i]; }
    }
    if (!target) { return; }
    target.open = false;
    target.querySelector(":scope > summary").focus();
    event.preventDefault();
  });
})();
