package cn.enforceflow.documents.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

import org.apache.poi.poifs.filesystem.DirectoryNode;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.mime.MediaType;
import org.apache.tika.mime.MediaTypeRegistry;
import org.apache.tika.mime.MimeTypes;
import org.springframework.stereotype.Component;

/**
 * Tells what a file is from its bytes, never from its name: Tika's magic numbers for
 * pictures and PDF; for Office files the container is opened and its parts named — an
 * OLE2 file must hold a Word, Excel or PowerPoint stream (an installer .msi is OLE2 too),
 * a zip must be an Office Open XML package (a zip of anything else is not a .docx).
 * Documents with macros are refused. Only directories are read, nothing is decompressed:
 * a zip bomb costs nothing here.
 */
@Component
class ContentInspector {

	/** More parts than any real Office file has; a zip with more is not examined. */
	private static final int MAX_ZIP_ENTRIES = 20_000;

	private static final MediaType OLE2 = MediaType.application("x-tika-msoffice");

	private static final MediaType ZIP = MediaType.application("zip");

	private final MimeTypes magic = MimeTypes.getDefaultMimeTypes();

	private final MediaTypeRegistry registry = this.magic.getMediaTypeRegistry();

	/** What the file is. */
	Inspection inspect(Path file) {
		MediaType detected;
		try (InputStream in = TikaInputStream.get(file)) {
			// no name: the bytes alone decide
			detected = this.magic.detect(in, new Metadata()).getBaseType();
		}
		catch (IOException ex) {
			return Inspection.refused(Verdict.UNREADABLE);
		}
		return switch (detected.toString()) {
			case "image/jpeg" -> Inspection.allowed(AllowedType.JPEG);
			case "image/png" -> Inspection.allowed(AllowedType.PNG);
			case "image/webp" -> Inspection.allowed(AllowedType.WEBP);
			case "image/heic" -> Inspection.allowed(AllowedType.HEIC);
			case "image/heif" -> Inspection.allowed(AllowedType.HEIF);
			case "application/pdf" -> Inspection.allowed(AllowedType.PDF);
			default -> {
				if (is(detected, OLE2)) {
					yield ole2(file);
				}
				if (is(detected, ZIP)) {
					yield officeOpenXml(file);
				}
				yield Inspection.refused(Verdict.NOT_ALLOWED);
			}
		};
	}

	private boolean is(MediaType type, MediaType family) {
		return type.equals(family) || this.registry.isSpecializationOf(type, family);
	}

	/** Word 97–2003, Excel, PowerPoint: named streams at the root of the container. */
	private static Inspection ole2(Path file) {
		try (POIFSFileSystem container = new POIFSFileSystem(file.toFile(), true)) {
			DirectoryNode root = container.getRoot();
			if (root.hasEntry("Macros") || root.hasEntry("_VBA_PROJECT_CUR") || root.hasEntry("_VBA_PROJECT")) {
				return Inspection.refused(Verdict.MACROS);
			}
			if (root.hasEntry("WordDocument")) {
				return Inspection.allowed(AllowedType.DOC);
			}
			if (root.hasEntry("Workbook") || root.hasEntry("Book")) {
				return Inspection.allowed(AllowedType.XLS);
			}
			if (root.hasEntry("PowerPoint Document")) {
				return Inspection.allowed(AllowedType.PPT);
			}
			// an installer, an encrypted package, anything else in OLE2 clothing
			return Inspection.refused(Verdict.NOT_ALLOWED);
		}
		catch (IOException | RuntimeException ex) {
			return Inspection.refused(Verdict.UNREADABLE);
		}
	}

	/**
	 * .docx, .xlsx, .pptx: a package with {@code [Content_Types].xml} and the parts of
	 * exactly one of them. The central directory is read; no entry is decompressed.
	 */
	private static Inspection officeOpenXml(Path file) {
		try (ZipFile zip = new ZipFile(file.toFile())) {
			if (zip.size() > MAX_ZIP_ENTRIES) {
				return Inspection.refused(Verdict.NOT_ALLOWED);
			}
			Set<String> roots = new HashSet<>();
			boolean contentTypes = false;
			Enumeration<? extends ZipEntry> entries = zip.entries();
			while (entries.hasMoreElements()) {
				String name = entries.nextElement().getName();
				String lower = name.toLowerCase(Locale.ROOT);
				if (lower.endsWith("vbaproject.bin") || lower.endsWith(".bin") && lower.contains("vba")) {
					return Inspection.refused(Verdict.MACROS);
				}
				contentTypes |= name.equals("[Content_Types].xml");
				int slash = name.indexOf('/');
				if (slash > 0) {
					roots.add(name.substring(0, slash));
				}
			}
			if (!contentTypes) {
				return Inspection.refused(Verdict.NOT_ALLOWED);
			}
			int kinds = (roots.contains("word") ? 1 : 0) + (roots.contains("xl") ? 1 : 0)
					+ (roots.contains("ppt") ? 1 : 0);
			if (kinds != 1) {
				return Inspection.refused(Verdict.NOT_ALLOWED);
			}
			if (roots.contains("word")) {
				return Inspection.allowed(AllowedType.DOCX);
			}
			return Inspection.allowed(roots.contains("xl") ? AllowedType.XLSX : AllowedType.PPTX);
		}
		catch (ZipException ex) {
			return Inspection.refused(Verdict.UNREADABLE);
		}
		catch (IOException | RuntimeException ex) {
			return Inspection.refused(Verdict.UNREADABLE);
		}
	}

	/** Why a file was refused, or that it was not. */
	enum Verdict {

		ALLOWED,

		/** Not a picture, PDF or Office document. */
		NOT_ALLOWED,

		/** An Office document with macros. */
		MACROS,

		/** Claims to be a container but cannot be read as one. */
		UNREADABLE

	}

	/**
	 * @param verdict whether it may be stored
	 * @param type what it is, when allowed
	 */
	record Inspection(Verdict verdict, AllowedType type) {

		static Inspection allowed(AllowedType type) {
			return new Inspection(Verdict.ALLOWED, type);
		}

		static Inspection refused(Verdict verdict) {
			return new Inspection(verdict, null);
		}

	}

}
