package cn.enforceflow.exemption.internal;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * 公示 masks personal data in what a published decision says: ID card numbers, mobile and
 * landline numbers, and the given names of people named with a title or role.
 */
final class PersonalData {

	private static final Pattern ID_CARD = Pattern.compile("(?<![0-9])(\\d{6})\\d{8}(\\d{3}[0-9Xx])(?![0-9])");

	private static final Pattern MOBILE = Pattern.compile("(?<![0-9])(1\\d{2})\\d{4}(\\d{4})(?![0-9])");

	private static final Pattern LANDLINE = Pattern.compile("(?<![0-9])(0\\d{2,3}-?)\\d{4}(\\d{3,4})(?![0-9])");

	/**
	 * 张三 in "负责人张三（", "法定代表人：李四，": a name of two or three characters after a title,
	 * ending where the sentence pauses; the family name stays.
	 */
	private static final Pattern NAMED = Pattern
		.compile("(法定代表人|负责人|经营者|业主|店主|经理|厂长|股东|驾驶员|司机)([：:]?)([\\p{IsHan}])([\\p{IsHan}]{1,2})(?=[（(，,、。；;：:\\s]|$)");

	private PersonalData() {
	}

	static String masked(String text) {
		if (text == null) {
			return null;
		}
		String masked = ID_CARD.matcher(text).replaceAll("$1********$2");
		masked = MOBILE.matcher(masked).replaceAll("$1****$2");
		masked = LANDLINE.matcher(masked).replaceAll("$1****$2");
		Matcher named = NAMED.matcher(masked);
		StringBuilder out = new StringBuilder();
		while (named.find()) {
			named.appendReplacement(out, Matcher.quoteReplacement(
					named.group(1) + named.group(2) + named.group(3) + "*".repeat(named.group(4).length())));
		}
		named.appendTail(out);
		return out.toString();
	}

}
