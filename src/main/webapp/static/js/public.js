// The menu collapses behind a button on phones; without JavaScript it simply stays open.
document.documentElement.classList.add('js');
document.addEventListener('DOMContentLoaded', function () {
  document.querySelectorAll('.nav-toggle').forEach(function (button) {
    button.addEventListener('click', function () {
      var nav = button.closest('.site-nav');
      var open = nav.classList.toggle('open');
      button.setAttribute('aria-expanded', open ? 'true' : 'false');
    });
  });
});
