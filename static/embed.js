// Fits Liquid or Locked embeds on a host page to their content: each embedded widget posts its
// height whenever it changes (and when this script asks, as it loads), and this sets the height of
// the iframe that sent it.
(function () {
	var script = document.currentScript;
	var origin = script ? new URL(script.src).origin : '';
	if (window.liquidOrLockedEmbeds) return;
	window.liquidOrLockedEmbeds = true;
	window.addEventListener('message', function (event) {
		var data = event.data;
		if (!data || data.source !== 'liquid-or-locked-embed' || data.type !== 'resize') return;
		if (origin && event.origin !== origin) return;
		var height = Math.ceil(Number(data.height));
		if (!(height > 0 && height < 20000)) return;
		var frames = document.getElementsByTagName('iframe');
		for (var i = 0; i < frames.length; i++) {
			if (frames[i].contentWindow === event.source) {
				frames[i].style.height = height + 'px';
				frames[i].setAttribute('height', String(height));
			}
		}
	});
	// An embed that loaded first has sent its height already: each is asked to send it again (only
	// this site's pages read the request; a frame not yet loaded sends its height once it is).
	var frames = document.getElementsByTagName('iframe');
	for (var i = 0; i < frames.length; i++) {
		if (frames[i].contentWindow)
			frames[i].contentWindow.postMessage(
				{ source: 'liquid-or-locked-host', type: 'height' },
				origin || '*'
			);
	}
})();
