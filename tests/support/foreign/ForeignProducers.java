// SPDX-License-Identifier: GPL-3.0-or-later
// Signs PDFs with signers VanThu did not write (iText 5, PDFBox 2), so that the validator's tests judge real
// producers' output. One JVM runs several jobs in turn, because a JVM start costs about half a second.
//
//   java ForeignProducers key=value... job=NAME key=value... job=NAME key=value...
//
// Options before the first job= apply to every job (e.g. p12=, password=). Each job reads in= and writes out=.
import java.security.Security;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.bouncycastle.jce.provider.BouncyCastleProvider;

public final class ForeignProducers {
    public static void main(String[] arguments) {
        Security.addProvider(new BouncyCastleProvider());
        final Map<String, String> globals = new LinkedHashMap<>();
        final List<Job> jobs = new ArrayList<>();
        for (String argument : arguments) {
            final int equals = argument.indexOf('=');
            if (equals <= 0) {
                System.err.println("not key=value: " + argument);
                System.exit(2);
            }
            final String key = argument.substring(0, equals);
            final String value = argument.substring(equals + 1);
            if (key.equals("job")) {
                jobs.add(new Job(value, globals));
            } else if (jobs.isEmpty()) {
                globals.put(key, value);
            } else {
                jobs.get(jobs.size() - 1).put(key, value);
            }
        }
        for (Job job : jobs) {
            try {
                run(job);
            } catch (Exception e) {
                System.err.println(job.name + " -> " + job.get("out", "?") + ": " + e);
                e.printStackTrace();
                System.exit(1);
            }
        }
    }

    private static void run(Job job) throws Exception {
        switch (job.name) {
        case "itext.prepare":
            ItextProducer.prepareFields(job);
            break;
        case "itext.sign":
            ItextProducer.sign(job);
            break;
        case "itext.fetch-ocsp":
            ItextProducer.fetchOcsp(job);
            break;
        case "itext.dss":
            ItextProducer.addDss(job);
            break;
        case "itext.timestamp":
            ItextProducer.addDocumentTimestamp(job);
            break;
        case "pdfbox.sign":
            PdfboxProducer.sign(job);
            break;
        default:
            throw new IllegalArgumentException("unknown job " + job.name);
        }
    }
}
