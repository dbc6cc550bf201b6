import { Browser, type IOptionalBrowserSettings } from 'happy-dom';

/** A happy-dom browser that runs page scripts and loads iframes, serving `fetch` (virtual servers, interceptors) as the test says: a news page and its embed, without a network. */
export function scriptedBrowser(fetch: IOptionalBrowserSettings['fetch']): Browser {
	return new Browser({ settings: { enableJavaScriptEvaluation: true, suppressInsecureJavaScriptEnvironmentWarning: true, enableIframePageLoading: true, fetch } });
}
