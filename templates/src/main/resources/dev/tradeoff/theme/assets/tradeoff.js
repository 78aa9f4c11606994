// Tradeoff default theme: sortable tables, keyboard-friendly. The site works without it.
(function () {
  "use strict";
  // What a cell shows, as the value to sort by: quarters (2028-Q3) in calendar order, money
  // ($1.2M, −$450k, CHF 2k, $1,250,000) and percentages by amount, a dash or nothing last.
  var QUARTER = /^(\d{4})-Q([1-4])$/;
  var AMOUNT = /^([+\-−]?)(?:[A-Z]{3} |[^\sA-Za-z0-9.,+\-−]{1,3})?([0-9][0-9,]*(?:\.[0-9]+)?|\.[0-9]+)([kMBT]?)%?(?:\s.*)?$/;
  var UNITS = { "": 1, k: 1e3, M: 1e6, B: 1e9, T: 1e12 };
  // A payback in words: needing none is better than any quarter, none within the plan (or ever) worse.
  var WORDS = { "not needed": -Infinity, "beyond the plan": Infinity, "never": Infinity };
  function cellValue(row, index) {
    var text = row.cells[index] ? row.cells[index].textContent.trim() : "";
    if (text === "" || text === "—") { return null; }
    if (Object.prototype.hasOwnProperty.call(WORDS, text)) { return WORDS[text]; }
    var quarter = QUARTER.exec(text);
    if (quarter) { return Number(quarter[1]) * 4 + Number(quarter[2]); }
    var amount = AMOUNT.exec(text);
    if (amount) {
      var value = parseFloat(amount[2].replace(/,/g, "")) * UNITS[amount[3]];
      return amount[1] === "-" || amount[1] === "−" ? -value : value;
    }
    return text.toLowerCase();
  }
  function compare(x, y) {
    if (typeof x === typeof y) { return x < y ? -1 : x > y ? 1 : 0; }
    return typeof x === "number" ? -1 : 1;
  }
  function sortBy(table, header, index) {
    var ascending = header.getAttribute("aria-sort") !== "ascending";
    Array.prototype.forEach.call(table.tHead.rows[0].cells, function (cell) {
      if (cell.hasAttribute("aria-sort")) { cell.setAttribute("aria-sort", "none"); }
    });
    header.setAttribute("aria-sort", ascending ? "ascending" : "descending");
    var body = table.tBodies[0];
    var rows = Array.prototype.slice.call(body.rows);
    rows.sort(function (a, b) {
      var x = cellValue(a, index), y = cellValue(b, index);
      if (x === null || y === null) { return (x === null) - (y === null); }
      return ascending ? compare(x, y) : -compare(x, y);
    });
    rows.forEach(function (row) { body.appendChild(row); });
  }
  // A chart or table wider than its box scrolls inside it; phones hide the scroll bar, and a long
  // table's is far below the fold, so the box is marked and the stylesheet says so above it.
  // A chart that scrolls takes the keyboard's focus, so that its arrow keys scroll it; one that
  // fits is no stop for the Tab key.
  function markChartsThatScroll() {
    Array.prototype.forEach.call(document.querySelectorAll("figure.chart, .scroll"), function (box) {
      var scrolls = box.scrollWidth > box.clientWidth + 1;
      box.classList.toggle("scrolls", scrolls);
      if (box.matches("figure.chart")) {
        if (scrolls) { box.tabIndex = 0; } else { box.removeAttribute("tabindex"); }
      }
    });
  }
  // Printed, closed details (an initiative's cash-flow table) would leave their content out.
  var openedToPrint = [];
  window.addEventListener("beforeprint", function () {
    openedToPrint = Array.prototype.filter.call(document.querySelectorAll("details:not([open])"), function (details) {
      details.open = true;
      return true;
    });
  });
  window.addEventListener("afterprint", function () {
    openedToPrint.forEach(function (details) { details.open = false; });
    openedToPrint = [];
  });
  // A chart that scrolls opens where the template says its point is (data-opens): once, on load,
  // so a reader's own scrolling is never undone. The image's width is set by the stylesheet, so
  // the box's scroll width is known before the image arrives.
  function openChartsWhereTheirPointIs() {
    Array.prototype.forEach.call(document.querySelectorAll("figure.chart[data-opens]"), function (box) {
      var room = box.scrollWidth - box.clientWidth;
      if (room <= 1) { return; }
      box.scrollLeft = box.getAttribute("data-opens") === "center" ? Math.round(room / 2) : room;
    });
  }
  // On a phone the sections scroll sideways in one row: bring the current one into view, within
  // the row only (never the page).
  function showCurrentSection() {
    var current = document.querySelector(".bar nav a[aria-current]");
    var row = current && current.closest("ul");
    if (row && row.scrollWidth > row.clientWidth + 1) {
      row.scrollLeft = Math.max(0, current.offsetLeft - row.offsetLeft - (row.clientWidth - current.offsetWidth) / 2);
    }
  }
  // The row fades out at its end while more sections lie beyond it, and not once it has scrolled
  // there, or when it fits.
  function markSectionsBeyond() {
    var row = document.querySelector(".bar nav ul");
    if (row) {
      row.classList.toggle("more", row.scrollLeft + row.clientWidth < row.scrollWidth - 1);
    }
  }
  window.addEventListener("resize", markChartsThatScroll);
  window.addEventListener("resize", markSectionsBeyond);
  // What only works with the script (the sort hint) is shown only with it.
  document.documentElement.classList.add("js");
  document.addEventListener("DOMContentLoaded", function () {
    markChartsThatScroll();
    openChartsWhereTheirPointIs();
    showCurrentSection();
    markSectionsBeyond();
    var sections = document.querySelector(".bar nav ul");
    if (sections) { sections.addEventListener("scroll", markSectionsBeyond, {passive: true}); }
    Array.prototype.forEach.call(document.querySelectorAll("table.sortable"), function (table) {
      if (!table.tHead) { return; }
      // Each heading's words go into a button, which screen readers announce as one and the
      // keyboard presses with Enter or Space; its click reaches the heading.
      Array.prototype.forEach.call(table.tHead.rows[0].cells, function (header, index) {
        var button = document.createElement("button");
        button.type = "button";
        while (header.firstChild) { button.appendChild(header.firstChild); }
        header.appendChild(button);
        header.setAttribute("aria-sort", "none");
        header.addEventListener("click", function () { sortBy(table, header, index); });
      });
    });
  });
})();
