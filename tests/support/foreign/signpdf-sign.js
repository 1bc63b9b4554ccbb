// SPDX-License-Identifier: GPL-3.0-or-later
// Signs a PDF with @signpdf (node): placeholder-plain appends an incremental update with an
// adbe.pkcs7.detached signature dictionary, signer-p12 fills it with node-forge's PKCS#7.
//   node signpdf-sign.js INPUT OUTPUT P12 PASSWORD
'use strict';
const fs = require('fs');
const { plainAddPlaceholder } = require('@signpdf/placeholder-plain');
const { P12Signer } = require('@signpdf/signer-p12');
const signpdf = require('@signpdf/signpdf').default;

async function main([input, output, p12, password]) {
    const withPlaceholder = plainAddPlaceholder({
        pdfBuffer: fs.readFileSync(input),
        reason: 'Phê duyệt',
        location: 'Hà Nội',
        contactInfo: 'vanthu@example.invalid',
        name: 'VanThu foreign-producer test',
        signatureLength: 16384,
    });
    const signer = new P12Signer(fs.readFileSync(p12), { passphrase: password });
    fs.writeFileSync(output, await signpdf.sign(withPlaceholder, signer));
}

main(process.argv.slice(2)).catch((error) => {
    console.error(error.stack || String(error));
    process.exit(1);
});
