package cn.enforceflow.documents.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.ReentrantLock;
import java.util.regex.Pattern;

import cn.enforceflow.documents.DocumentType;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PDFontSupplier;
import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import freemarker.core.TemplateClassResolver;
import freemarker.template.Configuration;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import jakarta.annotation.PreDestroy;
import org.springframework.stereotype.Component;

/**
 * Renders a document: its Freemarker template ({@code forms/.../documents/<type>.ftlh},
 * XHTML, every value escaped) filled with the document's values, laid out as A4 PDF by
 * openhtmltopdf with the Chinese font embedded (as a subset).
 * <p>
 * Checked at start-up, so that a node that could not issue documents never starts: the
 * font exists and has Chinese glyphs, and every template parses.
 */
@Component
class DocumentRenderer {

	/** The font family the templates name. */
	static final String FONT_FAMILY = "WQY";

	private static final Logger log = LoggerFactory.getLogger(DocumentRenderer.class);

	/** Characters XML 1.0 cannot hold; a user's text could bring them. */
	private static final Pattern NOT_XML = Pattern
		.compile("[^\\x09\\x0A\\x0D\\x20-\\uD7FF\\uE000-\\uFFFD\\x{10000}-\\x{10FFFF}]");

	private final TrueTypeFont font;

	private final ReentrantLock lock = new ReentrantLock();

	private final Configuration templates;

	private final AtomicBoolean firstRender = new AtomicBoolean(true);

	DocumentRenderer(DocumentProperties properties) {
		this.font = loadFont(properties.font());
		this.templates = configuration();
		for (DocumentType type : DocumentType.values()) {
			try {
				this.templates.getTemplate(type.template());
			}
			catch (IOException ex) {
				throw new IllegalStateException("The template of " + type.title() + " (" + type.template()
						+ ") is missing or broken: " + ex.getMessage(), ex);
			}
		}
	}

	/** The PDF of a document. */
	byte[] render(DocumentType type, Map<String, Object> model) {
		return pdf(xhtml(type, model));
	}

	/** The template's output: XHTML, well-formed whatever the values held. */
	String xhtml(DocumentType type, Map<String, Object> model) {
		try {
			Template template = this.templates.getTemplate(type.template());
			StringWriter out = new StringWriter();
			template.process(model, out);
			return NOT_XML.matcher(out.toString()).replaceAll("");
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (TemplateException ex) {
			throw new IllegalStateException("The template of " + type.title() + " failed: " + ex.getMessage(), ex);
		}
	}

	/**
	 * Lays out the XHTML as PDF with the font embedded as a subset. One at a time: the
	 * parsed font is shared, and PDFBox's fonts are not safe for concurrent use.
	 */
	private byte[] pdf(String xhtml) {
		long started = System.nanoTime();
		ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
		this.lock.lock();
		try (PDDocument document = new PDDocument()) {
			PdfRendererBuilder builder = new PdfRendererBuilder();
			builder.useFastMode();
			builder.withProducer("EnforceFlow");
			builder.usePDDocument(document);
			builder.useFont(new PDFontSupplier(PDType0Font.load(document, this.font, true)), FONT_FAMILY);
			// a document is made of its template and escaped text: it loads nothing
			builder.useExternalResourceAccessControl((uri, type) -> false,
					ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI);
			builder.useExternalResourceAccessControl((uri, type) -> false,
					ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI);
			builder.withHtmlContent(xhtml, null);
			try (PdfBoxRenderer renderer = builder.buildPdfRenderer()) {
				renderer.layout();
				renderer.createPDFWithoutClosing();
				document.save(out);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot render a document", ex);
		}
		finally {
			this.lock.unlock();
		}
		if (this.firstRender.compareAndSet(true, false)) {
			log.info("First document rendered in {} ms ({} bytes)", (System.nanoTime() - started) / 1_000_000,
					out.size());
		}
		return out.toByteArray();
	}

	private static Configuration configuration() {
		Configuration configuration = new Configuration(Configuration.VERSION_2_3_34);
		configuration.setClassLoaderForTemplateLoading(DocumentRenderer.class.getClassLoader(), "/");
		configuration.setDefaultEncoding("UTF-8");
		// .ftlh: every ${...} is escaped for HTML, which is also well-formed XML
		configuration.setRecognizeStandardFileExtensions(true);
		configuration.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
		configuration.setLogTemplateExceptions(false);
		configuration.setWrapUncheckedExceptions(true);
		configuration.setFallbackOnNullLoopVariable(false);
		configuration.setAPIBuiltinEnabled(false);
		configuration.setNewBuiltinClassResolver(TemplateClassResolver.ALLOWS_NOTHING_RESOLVER);
		configuration.setNumberFormat("computer");
		configuration.setLocale(Locale.SIMPLIFIED_CHINESE);
		configuration.setTimeZone(TimeZone.getTimeZone("Asia/Shanghai"));
		return configuration;
	}

	/**
	 * The font must exist and hold Chinese: without it every document would be boxes, or
	 * fail. From a collection (.ttc) the first font with Chinese glyphs is taken
	 * (WenQuanYi Zen Hei in fonts-wqy-zenhei). It is parsed once and kept open; its
	 * tables are read from the file as they are needed.
	 */
	static TrueTypeFont loadFont(Path path) {
		if (path == null || !Files.isRegularFile(path) || !Files.isReadable(path)) {
			throw new IllegalStateException("The Chinese font for documents is missing: " + path
					+ ". Install Debian's fonts-wqy-zenhei or set enforceflow.documents.font to a TrueType font "
					+ "with Chinese glyphs.");
		}
		try {
			if (path.toString().toLowerCase(Locale.ROOT).endsWith(".ttc")) {
				TrueTypeFont[] chosen = { null };
				// the collection stays open: its fonts read from it
				TrueTypeCollection collection = new TrueTypeCollection(path.toFile());
				collection.processAllFonts((ttf) -> {
					if (chosen[0] == null && hasChinese(ttf)) {
						chosen[0] = ttf;
					}
				});
				if (chosen[0] == null) {
					collection.close();
					throw new IllegalStateException("The font for documents has no Chinese glyphs: " + path);
				}
				return chosen[0];
			}
			TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBufferedFile(path.toFile()));
			if (!hasChinese(ttf)) {
				ttf.close();
				throw new IllegalStateException("The font for documents has no Chinese glyphs: " + path);
			}
			return ttf;
		}
		catch (IOException ex) {
			throw new IllegalStateException(
					"The font for documents cannot be read as TrueType: " + path
							+ " (Debian's Noto CJK fonts are CFF, which PDFBox cannot embed; use fonts-wqy-zenhei)",
					ex);
		}
	}

	private static boolean hasChinese(TrueTypeFont ttf) throws IOException {
		return ttf.getUnicodeCmapLookup(false) != null && ttf.getUnicodeCmapLookup(false).getGlyphId('文') > 0;
	}

	@PreDestroy
	void close() throws IOException {
		this.font.close();
	}

}
