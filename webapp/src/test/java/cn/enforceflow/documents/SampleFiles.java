package cn.enforceflow.documents;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/**
 * Files as phones and desks produce them, and files pretending to be what they are not.
 * Only the first bytes matter for pictures and PDF; Office files are made by POI.
 */
public final class SampleFiles {

	private SampleFiles() {
	}

	public static byte[] jpeg(int size) {
		byte[] bytes = new byte[size];
		byte[] head = { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0x00, 0x10, 'J', 'F', 'I', 'F', 0x00, 0x01,
				0x01, 0x00, 0x00, 0x01, 0x00, 0x01, 0x00, 0x00 };
		System.arraycopy(head, 0, bytes, 0, head.length);
		Arrays.fill(bytes, head.length, size - 2, (byte) 0x55);
		bytes[size - 2] = (byte) 0xFF;
		bytes[size - 1] = (byte) 0xD9;
		return bytes;
	}

	public static byte[] jpeg() {
		return jpeg(2048);
	}

	public static byte[] png() {
		byte[] bytes = new byte[512];
		byte[] head = { (byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D, 'I', 'H', 'D',
				'R' };
		System.arraycopy(head, 0, bytes, 0, head.length);
		return bytes;
	}

	/** An iPhone photo's container: ISO base media with brand heic. */
	public static byte[] heic() {
		byte[] bytes = new byte[1024];
		byte[] head = { 0x00, 0x00, 0x00, 0x18, 'f', 't', 'y', 'p', 'h', 'e', 'i', 'c', 0x00, 0x00, 0x00, 0x00, 'm',
				'i', 'f', '1', 'h', 'e', 'i', 'c' };
		System.arraycopy(head, 0, bytes, 0, head.length);
		return bytes;
	}

	public static byte[] pdf() {
		return "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"
			.getBytes(StandardCharsets.US_ASCII);
	}

	public static byte[] docx() {
		try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			document.createParagraph().createRun().setText("整改情况报告：已完成隔离。");
			document.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	public static byte[] xls() {
		try (HSSFWorkbook workbook = new HSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			workbook.createSheet("整改台账").createRow(0).createCell(0).setCellValue("隐患");
			workbook.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** A Windows program (MZ header, PE signature). */
	public static byte[] windowsExecutable() {
		byte[] bytes = new byte[1024];
		bytes[0] = 'M';
		bytes[1] = 'Z';
		bytes[0x3C] = (byte) 0x80;
		bytes[0x80] = 'P';
		bytes[0x81] = 'E';
		return bytes;
	}

	/** A Linux program (ELF header). */
	public static byte[] linuxExecutable() {
		byte[] bytes = new byte[1024];
		byte[] head = { 0x7F, 'E', 'L', 'F', 0x02, 0x01, 0x01, 0x00 };
		System.arraycopy(head, 0, bytes, 0, head.length);
		return bytes;
	}

	/** A zip of a script, named like a Word file. */
	public static byte[] zipOfAScript() {
		return zip(new String[] { "run.sh" }, "#!/bin/sh\nrm -rf /\n");
	}

	/** A Word file with a macro project: .docm content. */
	public static byte[] wordWithMacros() {
		return zip(new String[] { "[Content_Types].xml", "_rels/.rels", "word/document.xml", "word/vbaProject.bin" },
				"<x/>");
	}

	/** An OLE2 container that is not Word, Excel or PowerPoint (as an installer is). */
	public static byte[] oleContainerOfSomethingElse() {
		try (POIFSFileSystem container = new POIFSFileSystem();
				ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			container.createDocument(new java.io.ByteArrayInputStream(new byte[600]), "Installer");
			container.writeFilesystem(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	public static byte[] html() {
		return "<!DOCTYPE html><html><script>alert(document.cookie)</script></html>".getBytes(StandardCharsets.UTF_8);
	}

	private static byte[] zip(String[] names, String content) {
		try (ByteArrayOutputStream bytes = new ByteArrayOutputStream();
				ZipOutputStream zip = new ZipOutputStream(bytes)) {
			for (String name : names) {
				zip.putNextEntry(new ZipEntry(name));
				zip.write(content.getBytes(StandardCharsets.UTF_8));
				zip.closeEntry();
			}
			zip.finish();
			return bytes.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
