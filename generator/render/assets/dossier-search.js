// Dossier search: Pagefind's UI on the Search page. Pagefind loads only the index chunks a
// query needs, so search stays small on a 10,000-article dossier (see guide/performance).
// Material's instant navigation swaps pages without reloading, so hook its document$ stream.
(function () {
  function mount() {
    var box = document.getElementById("dossier-search");
    if (!box || box.dataset.mounted) return;
    box.dataset.mounted = "1";
    var base = new URL(box.dataset.bundle || "../pagefind/", window.location.href);
    var style = document.createElement("link");
    style.rel = "stylesheet";
    style.href = new URL("pagefind-ui.css", base).href;
    document.head.appendChild(style);
    var script = document.createElement("script");
    script.src = new URL("pagefind-ui.js", base).href;
    script.onload = function () {
      // A large dossier is indexed in parts (generator/search_index.py), listed beside the
      // first one; Pagefind merges them into one search.
      fetch(new URL("dossier-parts.json", base).href)
        .then(function (response) { return response.ok ? response.json() : []; })
        .catch(function () { return []; })
        .then(function (parts) {
          var merged = (Array.isArray(parts) ? parts : [])
            .filter(function (part) { return typeof part === "string" && /^parts\/\d+\/$/.test(part); })
            .map(function (part) { return { bundlePath: new URL(part, base).href }; });
          var ui = new PagefindUI({
            element: "#dossier-search", bundlePath: base.href, mergeIndex: merged,
            showSubResults: true, resetStyles: false,
          });
          var query = new URLSearchParams(window.location.search).get("q");
          if (query) ui.triggerSearch(query);
        });
    };
    script.onerror = function () {
      box.textContent = "The search index is made by `dossier build` (make site); `dossier serve` previews pages without it.";
    };
    document.head.appendChild(script);
  }
  if (window.document$ && window.document$.subscribe) {
    window.document$.subscribe(mount);
  } else {
    document.addEventListener("DOMContentLoaded", mount);
  }
})();
