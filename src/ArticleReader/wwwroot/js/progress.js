// Follows an ingest job on its status page: marks each stage as the job reaches it and opens the article when it is
// done. Each request names the stage shown and the server answers when the job moves on (or after a while with the
// same stage), so a new stage shows as soon as the worker writes it. Without this script the page refreshes itself
// (a <noscript> meta refresh).
(() => {
  "use strict";
  const job = document.getElementById("job");
  if (!job) {
    return;
  }

  const url = job.dataset.statusUrl;
  const state = document.getElementById("job-state");
  // After a failed request, before the next: the server may be restarting.
  const retryAfterError = 1000;
  let shown = Number(job.dataset.shownStep);

  const show = (status) => {
    shown = status.step;
    for (const item of job.querySelectorAll("[data-step]")) {
      const step = Number(item.dataset.step);
      item.className = step < status.step ? "stage-done" : step === status.step ? "stage-current" : "stage-pending";
    }
    if (state) {
      state.textContent = `Now: ${status.stage}…`;
    }
  };

  const follow = async () => {
    try {
      const response = await fetch(`${url}?step=${shown}`, { headers: { Accept: "application/json" }, cache: "no-store" });
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
        follow();
        return;
      }
    } catch {
      // A dropped request is retried below.
    }
    window.setTimeout(follow, retryAfterError);
  };

  follow();
})();
