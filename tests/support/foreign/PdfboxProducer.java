// SPDX-License-Identifier: GPL-3.0-or-later
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.FileOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Arrays;
import java.util.Calendar;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.SignatureInterface;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.SignatureOptions;
import org.apache.pdfbox.pdmodel.interactive.form.PDAcroForm;
import org.apache.pdfbox.pdmodel.interactive.form.PDField;
import org.apache.pdfbox.pdmodel.interactive.form.PDSignatureField;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedDataGenerator;
import org.bouncycastle.cms.jcajce.JcaSignerInfoGeneratorBuilder;
import org.bouncycastle.operator.ContentSigner;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;

/** PDFBox 2 as its users sign: addSignature + saveIncremental, the CMS made by BouncyCastle's generator. */
final class PdfboxProducer {
    private PdfboxProducer() {
    }

    /**
     * One invisible signature in an incremental update. certify=1|2|3 adds a DocMDP transform and the catalog's
     * /Perms; signed-attributes=no makes a CMS whose SignerInfo signs the content digest directly (no attributes);
     * subfilter=adbe.pkcs7.detached (default) or ETSI.CAdES.detached; existing=yes field=NAME signs the prepared
     * field NAME (its /V is set on the field dictionary, whether or not its widget is a separate /Kids child);
     * second-p12=FILE adds a second SignerInfo for another identity to the same CMS.
     */
    static void sign(Job job) throws Exception {
        final SigningIdentity identity = new SigningIdentity(job.get("p12"), job.get("password"));
        final boolean directSignature = job.get("signed-attributes", "yes").equals("no");
        final SigningIdentity second =
            job.get("second-p12", "").isEmpty() ? null : new SigningIdentity(job.get("second-p12"), job.get("password"));
        try (PDDocument document = PDDocument.load(new File(job.get("in")))) {
            final PDSignature signature = new PDSignature();
            signature.setFilter(PDSignature.FILTER_ADOBE_PPKLITE);
            signature.setSubFilter(COSName.getPDFName(job.get("subfilter", "adbe.pkcs7.detached")));
            signature.setName(identity.signer().getSubjectX500Principal().getName());
            signature.setReason("Phê duyệt");
            signature.setLocation("Hà Nội");
            signature.setSignDate(Calendar.getInstance());
            if (job.is("existing")) {
                intoExistingField(document, signature, job.get("field"));
            }
            final int certify = job.getInt("certify", 0);
            if (certify > 0) {
                certify(document, signature, certify);
            }
            final SignatureInterface signer = content -> cms(identity, second, readAll(content), directSignature);
            final SignatureOptions options = new SignatureOptions();
            options.setPreferredSignatureSize(16384);
            document.addSignature(signature, signer, options);
            try (OutputStream out = new FileOutputStream(job.get("out"))) {
                document.saveIncremental(out);
            }
            options.close();
        }
    }

    /** PDFBox signs the field whose /V is already this signature dictionary (its documented way to fill a field). */
    private static void intoExistingField(PDDocument document, PDSignature signature, String name) {
        final PDAcroForm form = document.getDocumentCatalog().getAcroForm();
        final PDField field = form == null ? null : form.getField(name);
        if (!(field instanceof PDSignatureField)) {
            throw new IllegalArgumentException("no signature field " + name);
        }
        field.getCOSObject().setItem(COSName.V, signature);
        field.getCOSObject().setNeedToBeUpdated(true);
    }

    /** The DocMDP transform (ISO 32000-1 §12.8.2.2) in the signature dictionary, and /Perms in the catalog. */
    private static void certify(PDDocument document, PDSignature signature, int permission) {
        final COSDictionary parameters = new COSDictionary();
        parameters.setItem(COSName.TYPE, COSName.getPDFName("TransformParams"));
        parameters.setInt(COSName.P, permission);
        parameters.setName(COSName.V, "1.2");
        final COSDictionary reference = new COSDictionary();
        reference.setItem(COSName.TYPE, COSName.getPDFName("SigRef"));
        reference.setItem(COSName.getPDFName("TransformMethod"), COSName.DOCMDP);
        reference.setItem(COSName.getPDFName("DigestMethod"), COSName.getPDFName("SHA256"));
        reference.setItem(COSName.getPDFName("TransformParams"), parameters);
        final COSArray references = new COSArray();
        references.add(reference);
        signature.getCOSObject().setItem(COSName.getPDFName("Reference"), references);

        final COSDictionary permissions = new COSDictionary();
        permissions.setItem(COSName.DOCMDP, signature.getCOSObject());
        final COSDictionary catalog = document.getDocumentCatalog().getCOSObject();
        catalog.setItem(COSName.PERMS, permissions);
        catalog.setNeedToBeUpdated(true);
        permissions.setNeedToBeUpdated(true);
    }

    private static byte[] cms(SigningIdentity identity, SigningIdentity second, byte[] content,
                              boolean directSignature) {
        try {
            final CMSSignedDataGenerator generator = new CMSSignedDataGenerator();
            addSigner(generator, identity, directSignature);
            if (second != null) {
                addSigner(generator, second, directSignature);
            }
            return generator.generate(new CMSProcessableByteArray(content), false).getEncoded();
        } catch (Exception e) {
            throw new IllegalStateException("CMS signing failed", e);
        }
    }

    private static void addSigner(CMSSignedDataGenerator generator, SigningIdentity identity,
                                  boolean directSignature) throws Exception {
        final String algorithm =
            identity.key.getAlgorithm().equals("EC") ? "SHA256withECDSA" : "SHA256with" + identity.key.getAlgorithm();
        final ContentSigner contentSigner = new JcaContentSignerBuilder(algorithm).build(identity.key);
        final JcaSignerInfoGeneratorBuilder builder =
            new JcaSignerInfoGeneratorBuilder(new JcaDigestCalculatorProviderBuilder().build());
        builder.setDirectSignature(directSignature);
        generator.addSignerInfoGenerator(builder.build(contentSigner, identity.signer()));
        generator.addCertificates(new JcaCertStore(Arrays.asList(identity.chain)));
    }

    private static byte[] readAll(InputStream in) throws java.io.IOException {
        final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        in.transferTo(bytes);
        return bytes.toByteArray();
    }
}
