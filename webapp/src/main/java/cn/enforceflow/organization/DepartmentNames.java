package cn.enforceflow.organization;

import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.stereotype.Component;

/**
 * A department's name in the reader's language. Departments are data, named in Chinese
 * (应急管理局); the bundle {@code i18n/names} may hold {@code department.<CODE>} in every
 * language, and the stored name is the fallback for a department it lacks. Pages use it
 * as {@code ${departmentNames.of(department)}}; messages take {@link #label} as an
 * argument.
 */
@Component
public class DepartmentNames {

	private final MessageSource messages;

	DepartmentNames(MessageSource messages) {
		this.messages = messages;
	}

	/** The name in the current request's language; empty for no department. */
	public String of(Department department) {
		return of(department, LocaleContextHolder.getLocale());
	}

	public String of(Department department, Locale locale) {
		return (department != null) ? this.messages.getMessage(label(department), locale) : "";
	}

	/**
	 * A department known by its code and stored name only (a view's party, say), in the
	 * current request's language.
	 */
	public String named(String code, String storedName) {
		return named(code, storedName, LocaleContextHolder.getLocale());
	}

	public String named(String code, String storedName, Locale locale) {
		if (code == null) {
			return (storedName != null) ? storedName : "";
		}
		return this.messages.getMessage("department." + code, null, (storedName != null) ? storedName : code, locale);
	}

	/** The name as a message argument, resolved in each reader's language. */
	public static MessageSourceResolvable label(Department department) {
		return label(department.code(), department.name());
	}

	/** A department known by its code and stored name. */
	public static MessageSourceResolvable label(DepartmentCode code, String storedName) {
		return new DefaultMessageSourceResolvable(new String[] { "department." + code.value() }, storedName);
	}

}
