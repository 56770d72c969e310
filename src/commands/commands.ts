// Ribbon command handlers (placeholder).
Office.onReady(() => {});
