// SPDX-License-Identifier: GPL-3.0-or-later
import com.itextpdf.text.Rectangle;
import com.itextpdf.text.pdf.PdfAnnotation;
import com.itextpdf.text.pdf.PdfArray;
import com.itextpdf.text.pdf.PdfDictionary;
import com.itextpdf.text.pdf.PdfFormField;
import com.itextpdf.text.pdf.PdfName;
import com.itextpdf.text.pdf.PdfReader;
import com.itextpdf.text.pdf.PdfSignatureAppearance;
import com.itextpdf.text.pdf.PdfStamper;
import com.itextpdf.text.pdf.PdfString;
import com.itextpdf.text.pdf.security.BouncyCastleDigest;
import com.itextpdf.text.pdf.security.LtvTimestamp;
import com.itextpdf.text.pdf.security.LtvVerification;
import com.itextpdf.text.pdf.security.MakeSignature;
import com.itextpdf.text.pdf.security.OcspClient;
import com.itextpdf.text.pdf.security.OcspClientBouncyCastle;
import com.itextpdf.text.pdf.security.PrivateKeySignature;
import com.itextpdf.text.pdf.security.TSAClient;
import com.itextpdf.text.pdf.security.TSAClientBouncyCastle;
import java.io.FileOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.List;

/** iText 5 as its users sign: PdfStamper in append mode, MakeSignature, LtvVerification, LtvTimestamp. */
final class ItextProducer {
    private ItextProducer() {
    }

    /** Parses "x1 y1 x2 y2" (PDF user space). */
    static Rectangle rectangle(String text) {
        final String[] parts = text.trim().split("\\s+");
        return new Rectangle(Float.parseFloat(parts[0]), Float.parseFloat(parts[1]), Float.parseFloat(parts[2]),
                             Float.parseFloat(parts[3]));
    }

    /**
     * Empty signature fields made before anyone signs, as a form author saves them (a full rewrite: nothing is
     * signed yet). fields=A,B: each field is its own widget; kids=C: field C whose widget is a separate /Kids child.
     */
    static void prepareFields(Job job) throws Exception {
        final PdfReader reader = new PdfReader(job.get("in"));
        try (OutputStream out = new FileOutputStream(job.get("out"))) {
            final PdfStamper stamper = new PdfStamper(reader, out);
            if (job.get("compress", "").equals("full")) {
                stamper.setFullCompression();
            }
            if (job.is("indirect-acroform")) {
                // Acrobat keeps the AcroForm as an object of its own; iText would write it into the catalog.
                final PdfDictionary form = new PdfDictionary();
                form.put(PdfName.FIELDS, new PdfArray());
                form.put(PdfName.DA, new PdfString("/Helv 0 Tf 0 g "));
                reader.getCatalog().put(PdfName.ACROFORM, reader.addPdfObject(form));
            }
            float bottom = 80;
            for (String name : job.get("fields", "").split(",")) {
                if (name.isEmpty()) {
                    continue;
                }
                final PdfFormField field = PdfFormField.createSignature(stamper.getWriter());
                field.setFieldName(name);
                field.setWidget(new Rectangle(72, bottom, 252, bottom + 50), PdfAnnotation.HIGHLIGHT_INVERT);
                field.setFlags(PdfAnnotation.FLAGS_PRINT);
                stamper.addAnnotation(field, 1);
                bottom += 70;
            }
            for (String name : job.get("kids", "").split(",")) {
                if (name.isEmpty()) {
                    continue;
                }
                final PdfFormField field = PdfFormField.createSignature(stamper.getWriter());
                field.setFieldName(name);
                final PdfFormField widget = PdfFormField.createEmpty(stamper.getWriter());
                widget.setWidget(new Rectangle(300, bottom, 480, bottom + 50), PdfAnnotation.HIGHLIGHT_INVERT);
                widget.setFlags(PdfAnnotation.FLAGS_PRINT);
                field.addKid(widget);
                stamper.addAnnotation(field, 1);
                bottom += 70;
            }
            stamper.close();
        }
        reader.close();
    }

    /**
     * One signature in an incremental update. field=NAME; existing=yes signs the prepared field NAME; rect="x1 y1 x2
     * y2" (absent: invisible); certify=1|2|3; crypto=cades|cms; embed-ocsp=yes puts OCSP answers into the CMS
     * (adbe-revocationInfoArchival); tsa=URL adds a signature timestamp; xmp=yes rewrites the catalog with an XMP
     * /Metadata stream; compress=full asks for xref and object streams.
     */
    static void sign(Job job) throws Exception {
        final SigningIdentity identity = new SigningIdentity(job.get("p12"), job.get("password"));
        final PdfReader reader = new PdfReader(job.get("in"));
        try (OutputStream out = new FileOutputStream(job.get("out"))) {
            final PdfStamper stamper = PdfStamper.createSignature(reader, out, '\0', null, true);
            if (job.get("compress", "").equals("full")) {
                stamper.setFullCompression();
            }
            if (job.is("xmp")) {
                stamper.setXmpMetadata(xmpPacket());
            }
            final PdfSignatureAppearance appearance = stamper.getSignatureAppearance();
            appearance.setReason("Phê duyệt");
            appearance.setLocation("Hà Nội");
            appearance.setSignDate(Calendar.getInstance());
            final String field = job.get("field");
            if (job.is("existing")) {
                appearance.setVisibleSignature(field);
            } else {
                final Rectangle where = rectangle(job.get("rect", "0 0 0 0"));
                appearance.setVisibleSignature(where, job.getInt("page", 1), field);
            }
            final int certify = job.getInt("certify", 0);
            if (certify > 0) {
                appearance.setCertificationLevel(certify);
            }
            final OcspClient ocsp = job.is("embed-ocsp") ? new OcspClientBouncyCastle(null) : null;
            final TSAClient tsa = job.get("tsa", "").isEmpty() ? null : timestampClient(job.get("tsa"));
            final MakeSignature.CryptoStandard standard = job.get("crypto", "cades").equals("cms")
                                                              ? MakeSignature.CryptoStandard.CMS
                                                              : MakeSignature.CryptoStandard.CADES;
            MakeSignature.signDetached(appearance, new BouncyCastleDigest(),
                                       new PrivateKeySignature(identity.key, "SHA-256", "BC"), identity.chain, null,
                                       ocsp, tsa, 0, standard);
        }
        reader.close();
    }

    /**
     * Asks the responder for OCSP answers on the signer and its issuing CA now and stores them (out-0.der for the
     * signer, out-1.der for the CA), so that a later job can put answers older than the signature into a DSS.
     */
    static void fetchOcsp(Job job) throws Exception {
        final SigningIdentity identity = new SigningIdentity(job.get("p12"), job.get("password"));
        final OcspClientBouncyCastle client = new OcspClientBouncyCastle(null);
        for (int i = 0; identity.issuerOf(i) != null; ++i) {
            final byte[] answer = client.getEncoded((X509Certificate) identity.chain[i], identity.issuerOf(i), null);
            if (answer == null) {
                throw new IllegalStateException("no OCSP answer for " + identity.chain[i]);
            }
            Files.write(Paths.get(job.get("out") + "-" + i + ".der"), answer);
        }
    }

    /**
     * A DSS in an update of its own (no signature): LtvVerification for every signature (for=all) or the last one
     * (for=last), with OCSP answers asked now, or the stored ones of ocsp-files=a.der,b.der.
     */
    static void addDss(Job job) throws Exception {
        final PdfReader reader = new PdfReader(job.get("in"));
        try (OutputStream out = new FileOutputStream(job.get("out"))) {
            final PdfStamper stamper = new PdfStamper(reader, out, '\0', true);
            addVerifications(stamper, job);
            stamper.close();
        }
        reader.close();
    }

    /** A document timestamp (ETSI.RFC3161) from tsa=URL; dss=yes also adds a DSS in the same update. */
    static void addDocumentTimestamp(Job job) throws Exception {
        final PdfReader reader = new PdfReader(job.get("in"));
        try (OutputStream out = new FileOutputStream(job.get("out"))) {
            final PdfStamper stamper = PdfStamper.createSignature(reader, out, '\0', null, true);
            if (job.is("dss")) {
                addVerifications(stamper, job);
            }
            LtvTimestamp.timestamp(stamper.getSignatureAppearance(), timestampClient(job.get("tsa")),
                                   job.get("field"));
        }
        reader.close();
    }

    private static void addVerifications(PdfStamper stamper, Job job) throws Exception {
        final LtvVerification verification = stamper.getLtvVerification();
        final List<String> names = stamper.getAcroFields().getSignatureNames();
        final List<String> chosen =
            job.get("for", "all").equals("last") ? names.subList(names.size() - 1, names.size()) : names;
        for (String name : chosen) {
            final String files = job.get("ocsp-files", "");
            if (files.isEmpty()) {
                verification.addVerification(name, new OcspClientBouncyCastle(null), null,
                                             LtvVerification.CertificateOption.WHOLE_CHAIN,
                                             LtvVerification.Level.OCSP,
                                             LtvVerification.CertificateInclusion.YES);
            } else {
                final SigningIdentity identity = new SigningIdentity(job.get("p12"), job.get("password"));
                final List<byte[]> answers = new ArrayList<>();
                for (String file : files.split(",")) {
                    answers.add(Files.readAllBytes(Paths.get(file)));
                }
                final List<byte[]> certificates = new ArrayList<>();
                for (Certificate certificate : identity.chain) {
                    certificates.add(certificate.getEncoded());
                }
                verification.addVerification(name, answers, null, certificates);
            }
        }
    }

    private static TSAClient timestampClient(String url) {
        return new TSAClientBouncyCastle(url, null, null, 12000, "SHA-256");
    }

    /** A small XMP packet such as Acrobat writes into the catalog when it saves a signature. */
    private static byte[] xmpPacket() {
        final String packet = "<?xpacket begin=\"\uFEFF\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>\n"
                              + "<x:xmpmeta xmlns:x=\"adobe:ns:meta/\">\n"
                              + "<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n"
                              + "<rdf:Description rdf:about=\"\" xmlns:xmp=\"http://ns.adobe.com/xap/1.0/\""
                              + " xmlns:pdf=\"http://ns.adobe.com/pdf/1.3/\">\n"
                              + "<xmp:ModifyDate>2026-03-05T14:30:15+07:00</xmp:ModifyDate>\n"
                              + "<xmp:MetadataDate>2026-03-05T14:30:15+07:00</xmp:MetadataDate>\n"
                              + "<pdf:Producer>VanThu foreign-producer test (iText 5)</pdf:Producer>\n"
                              + "</rdf:Description>\n</rdf:RDF>\n</x:xmpmeta>\n<?xpacket end=\"w\"?>";
        return packet.getBytes(StandardCharsets.UTF_8);
    }
}
