// Starts Swagger UI on /docs from a file, not an inline script, so the page keeps the strict CSP.
(function () {
  "use strict";
  var el = document.getElementById("swagger-ui");
  window.ui = window.SwaggerUIBundle({ url: el.getAttribute("data-url"), dom_id: "#swagger-ui", deepLinking: true });
})();
