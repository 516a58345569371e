// Rebuild Lab's experiment boxes, live: predict, run, watch, and see the score.
//
// Only the book served by `cargo xtask serve` carries the token this needs (in
// <meta name="rebuild-lab-token">); a static book or a plain `mdbook build` has none,
// and then this script does nothing at all.
(function () {
  "use strict";
  var meta = document.querySelector('meta[name="rebuild-lab-token"]');
  if (!meta || !window.fetch || !window.EventSource) {
    return;
  }
  var token = meta.getAttribute("content");
  var boxes = {};

  // Presenter mode, for a projector: `?presenter` in the address turns it on for this
  // tab (`?presenter=0` off). Nothing that holds an answer opens by itself; each box
  // gets a Reveal button instead.
  var presenter = (function () {
    var match = /[?&]presenter(=([^&]*))?/.exec(window.location.search);
    try {
      if (match) {
        if (match[2] === "0") { window.sessionStorage.removeItem("rebuild-lab-presenter"); }
        else { window.sessionStorage.setItem("rebuild-lab-presenter", "1"); }
      }
      return window.sessionStorage.getItem("rebuild-lab-presenter") === "1";
    } catch (e) {
      return !!match && match[2] !== "0";
    }
  })();
  if (presenter) { document.documentElement.classList.add("lab-presenter"); }

  function api(method, path, body) {
    var init = { method: method, headers: { "X-Rebuild-Lab-Token": token } };
    if (body !== undefined) {
      init.headers["Content-Type"] = "application/json";
      init.body = JSON.stringify(body);
    }
    return fetch(path, init).then(function (response) {
      return response.json().then(function (json) {
        return { status: response.status, body: json };
      });
    });
  }

  function el(tag, attrs, text) {
    var node = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (k) {
      node.setAttribute(k, attrs[k]);
    });
    if (text !== undefined) {
      node.textContent = text;
    }
    return node;
  }

  function Box(root) {
    this.root = root;
    this.name = root.getAttribute("data-exercise");
    // The questions, as the book renders them from the manifest: kind, the question
    // as HTML, and the choices (value, HTML label).
    this.questions = JSON.parse(root.getAttribute("data-questions"));
    this.timer = null;
    this.build();
  }

  // One fieldset per question: checkboxes for packages, radio buttons for the rest.
  Box.prototype.buildQuestion = function (form, q, index) {
    var set = el("fieldset", { class: "lab-question lab-question-" + q.kind });
    var legend = el("legend");
    legend.innerHTML = (this.questions.length > 1 ? (index + 1) + ". " : "") + q.ask;
    set.appendChild(legend);
    var group = "lab-" + this.name + "-" + index;
    q.inputs = q.choices.map(function (c) {
      var label = el("label", { class: "lab-choice" });
      var input = el("input", {
        type: q.kind === "packages" ? "checkbox" : "radio",
        name: group,
        value: String(c.value)
      });
      label.appendChild(input);
      var text = el("span");
      text.innerHTML = " " + c.label;
      label.appendChild(text);
      set.appendChild(label);
      return input;
    });
    if (q.kind === "packages") {
      set.appendChild(el("p", { class: "lab-hint" }, "Check none if you expect it to compile nothing."));
    }
    form.appendChild(set);
  };

  // The answers in the form, one per question; null when a choice is missing.
  Box.prototype.answers = function () {
    var missing = false;
    var answers = this.questions.map(function (q) {
      var checked = q.inputs.filter(function (i) { return i.checked; }).map(function (i) { return i.value; });
      if (q.kind === "packages") { return checked; }
      if (!checked.length) { missing = true; return null; }
      return q.kind === "output" ? Number(checked[0]) : checked[0];
    });
    return missing ? null : answers;
  };

  Box.prototype.build = function () {
    var self = this;
    var live = el("div", { class: "lab-live" });
    var form = el("div", { class: "lab-predict" });
    form.appendChild(el("p", { class: "lab-predict-title" }, "Your prediction"));
    this.questions.forEach(function (q, i) { self.buildQuestion(form, q, i); });
    this.save = el("button", { type: "button", class: "lab-save" }, "Save my prediction");
    this.skip = el("a", { href: "#", class: "lab-skip" }, "skip the prediction");
    form.appendChild(this.save);
    form.appendChild(document.createTextNode(" or "));
    form.appendChild(this.skip);
    live.appendChild(form);
    this.saved = el("p", { class: "lab-saved" });
    live.appendChild(this.saved);
    var buttons = el("p", { class: "lab-buttons" });
    this.run = el("button", { type: "button", class: "lab-run", disabled: "" }, "Run");
    this.cancel = el("button", { type: "button", class: "lab-cancel", hidden: "" }, "Cancel");
    buttons.appendChild(this.run);
    buttons.appendChild(document.createTextNode(" "));
    buttons.appendChild(this.cancel);
    if (presenter) {
      this.reveal = el("button", { type: "button", class: "lab-reveal" }, "Reveal the answer");
      buttons.appendChild(document.createTextNode(" "));
      buttons.appendChild(this.reveal);
      this.reveal.addEventListener("click", function () { self.open(true); });
    }
    live.appendChild(buttons);
    this.status = el("p", { class: "lab-status", role: "status" });
    live.appendChild(this.status);
    this.progress = el("ol", { class: "lab-progress" });
    live.appendChild(this.progress);
    this.scoreBox = el("div", { class: "lab-score" });
    if (presenter) { this.scoreBox.hidden = true; }
    live.appendChild(this.scoreBox);

    var answer = this.root.querySelector("details.exercise-answer");
    this.answer = answer;
    // The verified output stays folded until the learner has predicted.
    this.verified = this.root.querySelector("details.exercise-verified");
    // Before the folded answer, so the learner predicts before reading it.
    this.root.insertBefore(live, answer && answer.parentNode === this.root ? answer : null);

    this.save.addEventListener("click", function () {
      var answers = self.answers();
      if (!answers) {
        self.say("Pick an answer for every question first.");
        return;
      }
      self.predict({ answers: answers });
    });
    this.skip.addEventListener("click", function (e) {
      e.preventDefault();
      self.predict({ skipped: true });
    });
    this.run.addEventListener("click", function () { self.start(); });
    this.cancel.addEventListener("click", function () {
      api("POST", "/api/cancel").then(function (r) {
        if (r.status !== 200) { self.say(r.body.error || "nothing to cancel"); }
      });
    });
  };

  Box.prototype.say = function (text) { this.status.textContent = text; };

  // Unfolds what holds the answer: the verified output after a prediction or a run,
  // and with `answer` the explanation and the score too. In presenter mode only the
  // Reveal button does (`force`).
  Box.prototype.open = function (force, answer) {
    if (presenter && !force) { return; }
    if (this.verified) { this.verified.open = true; }
    if ((answer || force) && this.answer) { this.answer.open = true; }
    if (force) { this.scoreBox.hidden = false; }
  };

  Box.prototype.showPrediction = function (p) {
    if (!p) { return; }
    var self = this;
    var said = [];
    (p.answers || []).forEach(function (a) {
      var q = self.questions.filter(function (q) {
        return q.kind === a.kind && (a.kind === "compare" ? q.step === a.second : q.step === a.step);
      })[0];
      if (!q) { return; }
      var values = a.kind === "packages" ? a.compiled : [String(a.said)];
      q.inputs.forEach(function (i) { i.checked = values.indexOf(i.value) >= 0; });
      var labels = q.inputs.filter(function (i) { return i.checked; }).map(function (i) {
        return i.parentNode.textContent.trim();
      });
      said.push(labels.length ? labels.join(", ") : "nothing");
    });
    this.saved.textContent = p.skipped
      ? "You skipped the prediction."
      : "You predicted: " + said.join("; ") + ".";
    this.run.removeAttribute("disabled");
    this.open(false, false);
  };

  Box.prototype.predict = function (body) {
    var self = this;
    api("POST", "/api/predict/" + this.name, body).then(function (r) {
      if (r.status === 200) {
        self.showPrediction(r.body);
        self.say("Saved. Press Run.");
      } else {
        self.say(r.body.error || "the prediction was not saved");
      }
    });
  };

  // Asks the server to start a job (a run or a check) and says why when it cannot.
  function startJob(box, path) {
    api("POST", path).then(function (r) {
      if (r.status === 409) {
        box.say("Busy, running " + r.body.busy + ": wait for it to finish, or cancel it.");
      } else if (r.status !== 202) {
        box.say(r.body.error || "it did not start");
      }
    });
  }

  Box.prototype.start = function () { startJob(this, "/api/run/" + this.name); };

  Box.prototype.running = function (yes) {
    if (yes) {
      this.run.setAttribute("disabled", "");
      this.cancel.removeAttribute("hidden");
    } else {
      this.run.removeAttribute("disabled");
      this.cancel.setAttribute("hidden", "");
      clearInterval(this.timer);
    }
  };

  Box.prototype.onEvent = function (ev) {
    if (ev.event === "run-started") {
      this.progress.textContent = "";
      if (this.scoreBox) { this.scoreBox.textContent = ""; }
      this.say("Running with real cargo in a scratch copy…");
      this.running(true);
    } else if (ev.event === "step-started") {
      var item = el("li", { "data-step": ev.number }, "step " + ev.number + " of " + ev.total + ": " + ev.label);
      var clock = el("span", { class: "lab-clock" });
      item.appendChild(clock);
      this.progress.appendChild(item);
      var began = Date.now();
      clearInterval(this.timer);
      this.timer = setInterval(function () {
        clock.textContent = " … " + ((Date.now() - began) / 1000).toFixed(1) + " s";
      }, 100);
    } else if (ev.event === "step-finished") {
      clearInterval(this.timer);
      var li = this.progress.querySelector('li[data-step="' + ev.number + '"]');
      if (li) {
        var what = ev.compiled.length ? "compiled " + ev.compiled.join(", ") : "compiled nothing";
        li.querySelector(".lab-clock").textContent =
          " — " + ev.seconds.toFixed(2) + " s: " + what + (ev.fresh ? "; " + ev.fresh + " fresh" : "") +
          (ev.passed ? "" : " ✗ not as the lab expects");
      }
    } else if (ev.event === "run-finished") {
      this.running(false);
      this.open(false, false);
      this.showYours();
      this.say(ev.error ? ev.error : ev.passed ? "Done: every step behaved as the book says." : "Done, but some steps did not behave as the book says.");
    } else if (ev.event === "run-cancelled") {
      this.running(false);
      this.say("Cancelled; the scratch copy was removed.");
    }
  };

  // Replaces the box's "Your last run" with the one the server renders from the
  // results just written: the page is not reloaded, so nothing typed is lost.
  Box.prototype.showYours = function () {
    var self = this;
    api("GET", "/api/state/" + this.name).then(function (r) {
      var old = self.root.querySelector(".exercise-yours");
      if (r.status !== 200 || !r.body.yours || !old) { return; }
      var holder = document.createElement("div");
      holder.innerHTML = r.body.yours;
      var fresh = holder.querySelector(".exercise-yours");
      if (fresh) { old.replaceWith(fresh); }
      if (r.body.score_html) { self.showScore(r.body.score_html); }
    });
  };

  // The score as the server renders it from the run just saved: each question with
  // your answer, what happened and cargo's reason (or your own measured ratio).
  Box.prototype.showScore = function (html) {
    this.scoreBox.innerHTML = html;
    this.open(false, true);
  };

  // A challenge box: Check runs the goals on the learner's copy in challenges/NAME.
  function ChallengeBox(root) {
    var self = this;
    this.root = root;
    this.name = root.getAttribute("data-challenge");
    var live = el("div", { class: "lab-live" });
    var buttons = el("p", { class: "lab-buttons" });
    // `run` is the button that starts the job, as in an experiment box.
    this.run = el("button", { type: "button", class: "lab-check" }, "Check my solution");
    this.cancel = el("button", { type: "button", class: "lab-cancel", hidden: "" }, "Cancel");
    buttons.appendChild(this.run);
    buttons.appendChild(document.createTextNode(" "));
    buttons.appendChild(this.cancel);
    live.appendChild(buttons);
    this.status = el("p", { class: "lab-status", role: "status" });
    live.appendChild(this.status);
    this.progress = el("ol", { class: "lab-progress" });
    live.appendChild(this.progress);
    this.goals = el("ul", { class: "lab-goals" });
    live.appendChild(this.goals);
    var hints = root.querySelector(".challenge-status");
    root.insertBefore(live, hints && hints.parentNode === root ? hints : null);
    this.run.addEventListener("click", function () { startJob(self, "/api/check/" + self.name); });
    this.cancel.addEventListener("click", function () { api("POST", "/api/cancel"); });
  }

  ChallengeBox.prototype.say = Box.prototype.say;
  ChallengeBox.prototype.running = Box.prototype.running;

  ChallengeBox.prototype.onEvent = function (ev) {
    if (ev.event === "check-finished") {
      this.running(false);
      this.goals.textContent = "";
      if (ev.error) {
        this.say(ev.error);
        return;
      }
      var met = ev.goals.filter(function (g) { return g.passed; }).length;
      this.say(met + " of " + ev.goals.length + " goals met." + (ev.passed ? " Solved!" : ""));
      var list = this.goals;
      ev.goals.forEach(function (g) {
        var item = el("li", { class: g.passed ? "lab-right" : "lab-wrong" },
          (g.passed ? "✓ " : "✗ ") + g.text);
        g.why.forEach(function (w) { item.appendChild(el("pre", { class: "lab-why" }, w)); });
        list.appendChild(item);
      });
      (ev.guards || []).forEach(function (f) { list.appendChild(el("li", { class: "lab-wrong" }, "✗ " + f)); });
      if (ev.solved) {
        // The box says so in place, and shows the reference solution to compare with.
        var status = this.root.querySelector(".challenge-status");
        if (status) { status.innerHTML = "<strong>Solved</strong> just now."; }
        if (ev.solution && !this.root.querySelector(".challenge-solution")) {
          var holder = document.createElement("div");
          holder.innerHTML = ev.solution;
          var hints = this.root.querySelector(".challenge-hints");
          while (holder.firstChild) { this.root.insertBefore(holder.firstChild, hints); }
        }
      }
    } else {
      Box.prototype.onEvent.call(this, ev);
      if (ev.event === "run-started") { this.say("Checking your copy with real cargo…"); this.goals.textContent = ""; }
    }
  };

  document.querySelectorAll(".challenge[data-challenge]").forEach(function (root) {
    var box = new ChallengeBox(root);
    boxes[box.name] = box;
  });

  document.querySelectorAll(".exercise[data-exercise]").forEach(function (root) {
    var box = new Box(root);
    boxes[box.name] = box;
    api("GET", "/api/state/" + box.name).then(function (r) {
      if (r.status !== 200) { return; }
      box.showPrediction(r.body.prediction);
      if (r.body.score_html) { box.showScore(r.body.score_html); }
      if (r.body.running === box.name) { box.running(true); box.say("Running…"); }
    });
  });

  var events = new EventSource("/api/events?token=" + encodeURIComponent(token));
  events.onmessage = function (message) {
    var ev = JSON.parse(message.data);
    var box = boxes[ev.exercise];
    if (box) { box.onEvent(ev); }
  };
})();
