package cn.enforceflow.platform.web;

import cn.enforceflow.platform.i18n.ProcessTexts;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Process and step names in the reader's language for every page:
 * {@code ${processTexts.process(processKey, name)}} and
 * {@code ${processTexts.step(processKey, taskKey, name)}}.
 */
@ControllerAdvice(annotations = PageController.class)
class ProcessTextsModel {

	private final ProcessTexts texts;

	ProcessTextsModel(ProcessTexts texts) {
		this.texts = texts;
	}

	@ModelAttribute("processTexts")
	ProcessTexts processTexts() {
		return this.texts;
	}

}
