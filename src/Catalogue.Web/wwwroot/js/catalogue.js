// Progressive enhancement for the public catalogue; every page works without it.
// Facet checkboxes and the sort menu submit the search form as soon as they change, and empty fields are left out of
// the URL so it stays short.
(function () {
  "use strict";
  var form = document.getElementById("catalogue-form");
  if (!form) {
    return;
  }

  form.addEventListener("submit", function () {
    Array.prototype.forEach.call(form.elements, function (field) {
      if (field.name && field.value === "" && field.type !== "checkbox") {
        field.disabled = true;
      }
    });
  });

  form.addEventListener("change", function (event) {
    var target = event.target;
    if (target.matches("input[type=checkbox], select")) {
      if (typeof form.requestSubmit === "function") {
        form.requestSubmit();
      } else {
        form.submit();
      }
    }
  });

  // After a back navigation from the bfcache, disabled empty fields must be usable again.
  window.addEventListener("pageshow", function () {
    Array.prototype.forEach.call(form.elements, function (field) { field.disabled = false; });
  });
})();
