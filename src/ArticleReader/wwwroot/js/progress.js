// Follows an ingest job on its status page: marks each stage as the job reaches it and opens the article when it is
// done. Without this script the page refreshes itself (a <noscript> meta refresh) and the server does the same.
(() => {
  "use strict";
  const job = document.getElementById("job");
  if (!job) {
    return;
  }

  const url = job.dataset.statusUrl;
  const state = document.getElementById("job-state");
  const every = 400;

  const show = (status) => {
    for (const item of job.querySelectorAll("[data-step]")) {
      const step = Number(item.dataset.step);
      item.className = step < status.step ? "stage-done" : step === status.step ? "stage-current" : "stage-pending";
    }
    if (state) {
      state.textContent = `Now: ${status.stage}…`;
    }
  };

  const poll = async () => {
    try {
      const response = await fetch(url, { headers: { Accept: "application/json" }, cache: "no-store" });
      if (response.ok) {
        const status = await response.json();
        if (status.article) {
          window.location.assign(status.article);
          return;
        }
        if (status.status === "failed") {
          // The page itself says why, with a way to add another.
          window.location.reload();
          return;
        }
        show(status);
      }
    } catch {
      // A dropped request is retried on the next tick.
    }
    window.setTimeout(poll, every);
  };

  window.setTimeout(poll, every);
})();
