// jsdom does no layout: every element's offsetParent is null and every rectangle is 0 × 0. Tabster
// (Fluent's keyboard navigation) reads those as "hidden" and will not move focus into menus or along
// arrow keys. Reporting the parent node as offsetParent and a viewport-sized <body>, as a laid-out page
// would, lets keyboard behaviour in tests match a browser's.
Object.defineProperty(HTMLElement.prototype, "offsetParent", {
  configurable: true,
  get(this: HTMLElement) {
    return this.parentNode;
  },
});

HTMLBodyElement.prototype.getBoundingClientRect = function () {
  return DOMRect.fromRect({ x: 0, y: 0, width: 1024, height: 768 });
};

export {};
