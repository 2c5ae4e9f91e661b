package cn.enforceflow.documents.web;

import java.util.regex.Pattern;

/**
 * Where a page goes back to after an upload or a deletion: a path of this application
 * only, never another site (no scheme, no {@code //} or {@code \}).
 */
final class ReturnTo {

	private static final Pattern LOCAL = Pattern.compile("/(?![/\\\\])[A-Za-z0-9/_.~%?=&-]*");

	private ReturnTo() {
	}

	static String orElse(String requested, String fallback) {
		return (requested != null && requested.length() <= 512 && LOCAL.matcher(requested).matches()) ? requested
				: fallback;
	}

}
