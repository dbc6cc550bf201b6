/**
 * Printing shows everything: closed <details> (sources, open questions) are
 * opened for the printout and closed again afterwards. Chromium also prints
 * them through the ::details-content rule in global.css; this covers the rest.
 */
export function openAllDetailsForPrint() {
	const closed = [...document.querySelectorAll('details:not([open])')];
	for (const details of closed) details.setAttribute('open', '');
	addEventListener('afterprint', () => closed.forEach((details) => details.removeAttribute('open')), { once: true });
}
