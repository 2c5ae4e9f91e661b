package cn.enforceflow.taskform;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;

import freemarker.template.Template;
import freemarker.template.TemplateException;
import jakarta.servlet.http.Cookie;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.web.context.WebApplicationContext;
import org.springframework.web.servlet.DispatcherServlet;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.support.RequestContext;
import org.springframework.web.servlet.view.freemarker.FreeMarkerConfigurer;

/**
 * Renders {@code taskform/form.ftlh} as a page would, with the application's FreeMarker
 * configuration, messages and language choice, until the inbox's task page exists to
 * request.
 */
public final class FormPages {

	private static final String PAGE = """
			<#import "/taskform/form.ftlh" as taskform>
			<@taskform.heading form=taskForm/>
			<@taskform.fields form=taskForm/>
			<@taskform.script/>
			""";

	private final WebApplicationContext context;

	private final FreeMarkerConfigurer freemarker;

	private final LocaleResolver localeResolver;

	public FormPages(WebApplicationContext context) {
		this.context = context;
		this.freemarker = context.getBean(FreeMarkerConfigurer.class);
		this.localeResolver = context.getBean(LocaleResolver.class);
	}

	/** In Chinese, as every user first sees it. */
	public String render(RenderedForm form) {
		return render(form, null);
	}

	/** In the language a user chose ({@code en}), or Chinese for {@code null}. */
	public String render(RenderedForm form, String language) {
		MockHttpServletRequest request = new MockHttpServletRequest(this.context.getServletContext());
		request.setAttribute(DispatcherServlet.WEB_APPLICATION_CONTEXT_ATTRIBUTE, this.context);
		request.setAttribute(DispatcherServlet.LOCALE_RESOLVER_ATTRIBUTE, this.localeResolver);
		if (language != null) {
			request.setCookies(new Cookie("ef-lang", language));
		}
		Map<String, Object> model = new HashMap<>();
		model.put("taskForm", form);
		model.put("springMacroRequestContext",
				new RequestContext(request, new MockHttpServletResponse(), this.context.getServletContext(), model));
		try {
			StringWriter page = new StringWriter();
			new Template("task-form-test.ftlh", PAGE, this.freemarker.getConfiguration()).process(model, page);
			return page.toString();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (TemplateException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
