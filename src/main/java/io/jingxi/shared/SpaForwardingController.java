package io.jingxi.shared;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * Serves the single-page web app on its client-side routes: a deep link such as /units or
 * /people/42 gets index.html and the app's router shows the page. Paths with a dot (the bundle's
 * files) and the server's own prefixes (api, actuator, v3, swagger-ui, error) are left alone.
 */
@Controller
class SpaForwardingController {

	/** A first path segment that is none of the server's own prefixes and has no dot. */
	private static final String FIRST = "/{first:(?!(?:api|actuator|v3|swagger-ui|error)$)[^.]+}";

	private static final String NEXT = "/{second:[^.]+}";

	private static final String THIRD = "/{third:[^.]+}";

	private static final String FOURTH = "/{fourth:[^.]+}";

	@GetMapping({ FIRST, FIRST + NEXT, FIRST + NEXT + THIRD, FIRST + NEXT + THIRD + FOURTH })
	String forwardToApp() {
		return "forward:/index.html";
	}
}
