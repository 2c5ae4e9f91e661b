package cn.enforceflow.documents.internal;

import java.nio.file.Path;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How documents look and are numbered.
 *
 * @param font a TrueType font (or collection) with Chinese glyphs that PDFBox can embed;
 * the application does not start without it
 * @param organPrefix put before a department's name in the document header, e.g. 淮安市
 * @param numberPrefix put before a number, e.g. 淮 in 淮应急整改〔2026〕12号
 * @param abbreviations a department's abbreviation in numbers by its code, e.g. YJJ: 应急;
 * a department without one is abbreviated by its name without 管理局/局
 */
@ConfigurationProperties("enforceflow.documents")
record DocumentProperties(@DefaultValue("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc") Path font,
		@DefaultValue("") String organPrefix, @DefaultValue("") String numberPrefix,
		Map<String, String> abbreviations) {

	DocumentProperties {
		abbreviations = (abbreviations != null) ? Map.copyOf(abbreviations) : Map.of();
	}

}
