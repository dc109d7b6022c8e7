/** `--help` texts of the statement commands (issue 7), beside help-text.ts to keep that file short. */

export const STATEMENT_HELP = `用法 / Usage: reportworks statement <文件.rwproj> --out <声明.pdf|声明.docx> [--report <报告.pdf>]
         [--p12 <证书.p12> --password-env <环境变量>] [--signature <签名.png>] [--seal <印章.png>]
         [--signer <法定代表人>] [--date <YYYY-MM-DD>] [--template <声明语句>]

生成《内容真实性责任声明》（PDF 或 Word）。给出 --report 时，声明印上该报告 PDF 的 SHA-256 指纹和二维码，
项目记录声明所对应的报告文件。给出 --p12 时对 PDF 声明做数字签名（证书密码从 --password-env 指定的环境变量读取）。
--signature / --seal 为背景透明的 PNG 图片（不超过 20 MB、4000 像素），保存到项目中供以后使用。
--template 中可用 {unit}（单位名称）、{title}（报告标题）、{year}（年度）。

Writes the authenticity statement as PDF or Word. With --report it carries that report's SHA-256 (text and QR code) and
the project records it; with --p12 the PDF is digitally signed (password read from the environment variable named by
--password-env). Signature and seal images must be transparent PNGs; they are stored in the project.
`;

export const VERIFY_HELP = `用法 / Usage: reportworks verify <声明.pdf|报告.pdf> [--report <报告.pdf>] [--require-signature]

核验声明 PDF 的数字签名（按 PDF 结构找到签名；内容是否在签名后被改动、签名是否与所附证书相符、
签名时证书是否在有效期内、签名人），并在给出 --report 时核对声明绑定的报告指纹。
没有数字签名的声明（打印后手签盖章）只核对报告指纹，并明确说明它没有数字签名；
--require-signature 时缺少数字签名即为失败。全部通过时退出码为 0，否则为 1。
用 export --pdf --p12 签名的报告 PDF（声明页在报告内）也可直接核验：reportworks verify <报告.pdf>。

Checks the statement's digital signature (found through the PDF structure: content unchanged since signing, signature
matching the embedded certificate, certificate valid at the signing time, signer) and, with --report, that the report
matches its fingerprint. A statement without a digital signature (printed, signed by hand and sealed) is checked by
its fingerprint alone, and the output says it is not digitally signed; --require-signature makes that a failure.
A report PDF signed by export --pdf --p12 (statement inside) is checked the same way.
Exit code 0 when every check passes, 1 otherwise. Whether the certificate is trusted is not decided here.
`;
