/*
 * Tick to Trade: the site's only script. Plain JavaScript, no library, nothing from the network.
 *
 * Quizzes: the page already holds every question, its choices and its explanation (rendered at build time
 * from the quiz TOML by course-tools' QuizMacro); each question carries a small JSON key. This script turns
 * the choices into inputs, checks an answer with the same rules as the grader's quiz model
 * (grader/.../quiz/Question.java), shows right or wrong with the explanation, and keeps the score.
 *
 * Hints: each hint is a collapsed <details>; the next one appears only once the previous has been opened.
 */
(function () {
  'use strict';

  document.documentElement.classList.add('kata-js');

  // Question.ShortAnswer.normalise: strip, collapse whitespace runs to one space, lower-case.
  function normaliseShortAnswer(s) {
    return (s || '').trim().replace(/[ \t\n\x0B\f\r]+/g, ' ').toLowerCase();
  }

  // Question.Tracing.normaliseOutput: strip, CRLF to LF, no trailing blanks on a line.
  function normaliseOutput(s) {
    return (s || '').trim().replace(/\r\n/g, '\n').replace(/[ \t]+\n/g, '\n');
  }

  function element(tag, className, text) {
    var e = document.createElement(tag);
    if (className) e.className = className;
    if (text !== undefined) e.textContent = text;
    return e;
  }

  function setupQuiz(quiz, quizIndex) {
    var questions = Array.prototype.slice.call(quiz.querySelectorAll('.kata-question'));
    var score = quiz.querySelector('.kata-score');
    var results = {};

    function updateScore() {
      var answered = Object.keys(results).length;
      var right = Object.keys(results).filter(function (k) { return results[k]; }).length;
      score.textContent = '';
      if (answered === 0) {
        score.appendChild(element('span', null, 'Score: none answered yet, ' + questions.length + ' to go.'));
        return;
      }
      var done = answered === questions.length;
      score.appendChild(element('span', 'kata-score-text', (done ? 'Finished: ' : 'Score: ') + right + ' of ' + answered
          + ' right' + (done ? ' (' + Math.round(100 * right / questions.length) + '%).' : ', ' + (questions.length - answered) + ' to go.')));
      var again = element('button', 'kata-retry', 'Start again');
      again.type = 'button';
      again.addEventListener('click', function () {
        results = {};
        questions.forEach(function (q) { q.kataReset(); });
        updateScore();
      });
      score.appendChild(again);
    }

    questions.forEach(function (q, qIndex) {
      var key = JSON.parse(q.querySelector('script.kata-key').textContent);
      var context = q.querySelector('.kata-context');
      var name = 'kata-q' + quizIndex + '-' + qIndex;
      var form = element('form', 'kata-form');
      var inputs = [];
      var options = [];

      if (key.type === 'MultipleChoice') {
        var list = q.querySelector('.kata-options');
        var fieldset = element('fieldset', 'kata-choices');
        fieldset.appendChild(element('legend', 'kata-visually-hidden', key.multi ? 'Choose all that apply' : 'Choose one'));
        Array.prototype.forEach.call(list.querySelectorAll('li'), function (li, i) {
          var label = element('label', 'kata-choice');
          var input = document.createElement('input');
          input.type = key.multi ? 'checkbox' : 'radio';
          input.name = name;
          input.value = String(i);
          label.appendChild(input);
          var text = element('span', 'kata-choice-text');
          while (li.firstChild) {
            var child = li.firstChild;
            li.removeChild(child);
            // the list item's paragraph becomes the label's text
            if (child.nodeName === 'P') {
              while (child.firstChild) text.appendChild(child.firstChild);
            } else {
              text.appendChild(child);
            }
          }
          label.appendChild(text);
          fieldset.appendChild(label);
          inputs.push(input);
          options.push(label);
        });
        list.parentNode.removeChild(list);
        form.appendChild(fieldset);
      } else if (key.type === 'ShortAnswer') {
        var answer = document.createElement('input');
        answer.type = 'text';
        answer.className = 'kata-short';
        answer.setAttribute('aria-label', 'Your answer');
        answer.placeholder = 'Your answer';
        answer.autocomplete = 'off';
        form.appendChild(answer);
        inputs.push(answer);
      } else if (key.type === 'Tracing') {
        var compiles = document.createElement('input');
        compiles.type = 'radio';
        compiles.name = name;
        compiles.value = 'compiles';
        var fails = document.createElement('input');
        fails.type = 'radio';
        fails.name = name;
        fails.value = 'does not compile';
        var stdout = element('textarea', 'kata-stdout');
        stdout.rows = 3;
        stdout.setAttribute('aria-label', 'What it prints');
        stdout.placeholder = 'What it prints, line by line';
        var l1 = element('label', 'kata-choice');
        l1.appendChild(compiles);
        l1.appendChild(element('span', 'kata-choice-text', 'It compiles, and prints:'));
        var l2 = element('label', 'kata-choice');
        l2.appendChild(fails);
        l2.appendChild(element('span', 'kata-choice-text', 'It does not compile.'));
        var choices = element('fieldset', 'kata-choices');
        choices.appendChild(element('legend', 'kata-visually-hidden', 'Does it compile?'));
        choices.appendChild(l1);
        choices.appendChild(stdout);
        choices.appendChild(l2);
        stdout.addEventListener('input', function () { compiles.checked = true; });
        form.appendChild(choices);
        inputs.push(compiles, fails, stdout);
      }

      var check = element('button', 'kata-check', 'Check');
      check.type = 'submit';
      form.appendChild(check);
      var feedback = element('div', 'kata-feedback');
      feedback.setAttribute('role', 'status');
      form.appendChild(feedback);
      context.parentNode.insertBefore(form, context);

      function verdict() {
        if (key.type === 'MultipleChoice') {
          var chosen = inputs.filter(function (i) { return i.checked; }).map(function (i) { return Number(i.value); });
          if (chosen.length === 0) return null;
          var right = chosen.length === key.answers.length && chosen.every(function (c) { return key.answers.indexOf(c) >= 0; });
          options.forEach(function (label, i) {
            if (key.answers.indexOf(i) >= 0) label.classList.add('kata-right-choice');
            else if (chosen.indexOf(i) >= 0) label.classList.add('kata-wrong-choice');
          });
          return { right: right, answer: null };
        }
        if (key.type === 'ShortAnswer') {
          var given = normaliseShortAnswer(inputs[0].value);
          if (given === '') return null;
          var ok = key.accepted.some(function (a) { return normaliseShortAnswer(a) === given; });
          return { right: ok, answer: 'The answer: ' + key.accepted[0] };
        }
        // Tracing
        if (!inputs[0].checked && !inputs[1].checked) return null;
        var saysCompiles = inputs[0].checked;
        var correct = saysCompiles === key.doesCompile
            && (!key.doesCompile || normaliseOutput(inputs[2].value) === normaliseOutput(key.stdout));
        var shown = key.doesCompile ? 'It compiles and prints:\n' + key.stdout
            : 'It does not compile' + (key.lineNumber ? ' (line ' + key.lineNumber + ').' : '.');
        return { right: correct, answer: shown };
      }

      form.addEventListener('submit', function (event) {
        event.preventDefault();
        if (q.classList.contains('kata-answered')) return;
        var v = verdict();
        feedback.textContent = '';
        if (v === null) {
          feedback.appendChild(element('p', 'kata-nudge', 'Choose or type an answer first.'));
          return;
        }
        results[qIndex] = v.right;
        q.classList.add('kata-answered', v.right ? 'kata-right' : 'kata-wrong');
        inputs.forEach(function (i) { i.disabled = true; });
        check.disabled = true;
        feedback.appendChild(element('p', 'kata-verdict', v.right ? 'Right.' : 'Not quite.'));
        if (v.answer && !v.right) feedback.appendChild(element('pre', 'kata-answer', v.answer));
        updateScore();
      });

      q.kataReset = function () {
        q.classList.remove('kata-answered', 'kata-right', 'kata-wrong');
        inputs.forEach(function (i) {
          i.disabled = false;
          if (i.type === 'radio' || i.type === 'checkbox') i.checked = false; else i.value = '';
        });
        options.forEach(function (label) { label.classList.remove('kata-right-choice', 'kata-wrong-choice'); });
        check.disabled = false;
        feedback.textContent = '';
      };
    });
    updateScore();
  }

  function setupHints(hints) {
    var all = Array.prototype.slice.call(hints.querySelectorAll('details'));
    all.forEach(function (d, i) {
      if (i > 0) d.hidden = true;
      d.addEventListener('toggle', function () {
        if (d.open && all[i + 1]) all[i + 1].hidden = false;
      });
    });
  }

  function start() {
    Array.prototype.forEach.call(document.querySelectorAll('.kata-quiz'), setupQuiz);
    Array.prototype.forEach.call(document.querySelectorAll('.kata-hints'), setupHints);
  }

  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start);
  else start();
})();
