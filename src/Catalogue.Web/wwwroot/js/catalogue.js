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

  // The page reloads after a facet or the sort menu changes: focus goes back to the control just used (not to <body>),
  // so a keyboard user carries on where they were. Kept for this tab only, for the next page load only.
  var focusKey = "catalogue.focus";
  try {
    var remembered = JSON.parse(window.sessionStorage.getItem(focusKey) || "null");
    window.sessionStorage.removeItem(focusKey);
    if (remembered) {
      var control = Array.prototype.find.call(form.elements, function (field) {
        return field.name === remembered.name && (field.type !== "checkbox" || field.value === remembered.value);
      });
      if (control) {
        control.focus();
      }
    }
  } catch (e) {
    // Storage may be disabled; the page still works, focus just starts at the top.
  }

  form.addEventListener("change", function (event) {
    var target = event.target;
    if (target.matches("input[type=checkbox], select")) {
      try {
        window.sessionStorage.setItem(focusKey, JSON.stringify({ name: target.name, value: target.value }));
      } catch (e) {
        // See above.
      }
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
