package cn.enforceflow.platform.web;

import java.io.IOException;
import java.net.URI;
import java.util.Map;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.boot.web.servlet.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;

/**
 * Whatever went wrong outside a controller (no such page, access denied, a failure): a
 * Chinese page for people, a problem+json body for the API. Never a stack trace.
 */
@PageController
class ErrorPageController implements ErrorController {

	private final Problems problems;

	ErrorPageController(Problems problems) {
		this.problems = problems;
	}

	@RequestMapping(path = "/error", produces = MediaType.TEXT_HTML_VALUE)
	ModelAndView page(HttpServletRequest request, HttpServletResponse response) throws IOException {
		HttpStatus status = statusOf(request);
		if (Problems.isApi(originalPath(request))) {
			// a browser that asked the API for HTML still gets the API's answer
			this.problems.write(request, response, status, problemKey(status));
			return null;
		}
		String view = switch (status) {
			case FORBIDDEN -> "error/403";
			case NOT_FOUND, METHOD_NOT_ALLOWED -> "error/404";
			case INTERNAL_SERVER_ERROR -> "error/500";
			default -> "error/error";
		};
		return new ModelAndView(view, Map.of("status", status.value()), status);
	}

	@RequestMapping("/error")
	ResponseEntity<ProblemDetail> problem(HttpServletRequest request) {
		HttpStatus status = statusOf(request);
		ProblemDetail body = this.problems.problem(request, status, problemKey(status));
		String path = originalPath(request);
		if (path != null) {
			body.setInstance(URI.create(path));
		}
		return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(body);
	}

	private static String problemKey(HttpStatus status) {
		return switch (status) {
			case UNAUTHORIZED -> "problem.unauthorized";
			case FORBIDDEN -> "problem.forbidden";
			case NOT_FOUND -> "problem.notFound";
			case METHOD_NOT_ALLOWED -> "problem.methodNotAllowed";
			case INTERNAL_SERVER_ERROR -> "problem.internal";
			default -> "problem.badRequest";
		};
	}

	private static HttpStatus statusOf(HttpServletRequest request) {
		Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
		if (code == null) {
			// /error asked for directly: there is no error to show
			return HttpStatus.NOT_FOUND;
		}
		if (code instanceof Integer value) {
			HttpStatus status = HttpStatus.resolve(value);
			if (status != null) {
				return status;
			}
		}
		return HttpStatus.INTERNAL_SERVER_ERROR;
	}

	private static String originalPath(HttpServletRequest request) {
		Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
		return (uri instanceof String path) ? path : null;
	}

}
