#!/usr/bin/env python3
"""Writes the small text PDFs that the demo office diarises as receipts.

They are committed under resources/demo; rerun this only to change them.
Plain PDF 1.4 with the standard Helvetica font, so no font needs embedding.
"""
import pathlib
import sys

LETTERS = {
    "letter-da-revision.pdf": [[
        "Government of India, Ministry of Finance",
        "Department of Expenditure",
        "No. 1/4/2026-E.II(B)                         Dated 02 November 2026",
        "",
        "OFFICE MEMORANDUM",
        "",
        "Subject: Revision of dearness allowance - reg.",
        "",
        "The undersigned is directed to refer to this Department's O.M. of even",
        "number and to say that the President is pleased to decide that the",
        "dearness allowance payable to employees shall be enhanced from the",
        "existing rate to the revised rate with effect from 1 July 2026.",
        "",
        "States may consider adopting the revision for their employees.",
        "",
        "(A. K. Sharma)",
        "Under Secretary to the Government of India",
    ]],
    "letter-rti-application.pdf": [[
        "To",
        "The Public Information Officer,",
        "General Administration Department, Secretariat",
        "",
        "Subject: Application under Section 6 of the RTI Act, 2005",
        "",
        "Sir,",
        "Kindly provide certified copies of the orders issued during 2026",
        "regarding the transfer policy for state government officers.",
        "The application fee of Rs. 10 is enclosed by postal order.",
        "",
        "Yours faithfully,",
        "Mohan Lal, Ward 12, Civil Lines",
    ]],
    "letter-budget-circular.pdf": [[
        "Finance Department - Budget Circular 2026-27",
        "No. FIN-1/B/2026/118                         Dated 10 October 2026",
        "",
        "Subject: Preparation of Budget Estimates for 2027-28",
        "",
        "All Administrative Departments are requested to send their Budget",
        "Estimates for 2027-28 and Revised Estimates for 2026-27 in the",
        "prescribed formats by 30 November 2026.",
        "",
        "Annexure I: format for establishment expenditure (page 2).",
    ], [
        "Annexure I",
        "",
        "Head of Account      BE 2026-27      RE 2026-27      BE 2027-28",
        "2052-00-090          ..........      ..........      ..........",
        "2052-00-092          ..........      ..........      ..........",
        "",
        "Certified that the estimates have been prepared on realistic basis.",
    ]],
    "letter-quarters-request.pdf": [[
        "From: Smt. Kavita Rao, Deputy Secretary (Revenue)",
        "To: The Estate Officer, General Administration Department",
        "",
        "Subject: Request for allotment of Type-IV government quarter",
        "",
        "I have joined the Secretariat on transfer on 14 September 2026.",
        "I request allotment of a Type-IV quarter in the Secretariat colony.",
        "",
        "Kavita Rao",
    ]],
}


def pdf(pages):
    objs = []
    kids = []
    font_id = 3
    objs.append(None)  # 1 catalog
    objs.append(None)  # 2 pages
    objs.append(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>")
    for lines in pages:
        text = ["BT", "/F1 11 Tf", "14 TL", "60 780 Td"]
        for line in lines:
            esc = line.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
            text.append(f"({esc}) Tj T*")
        text.append("ET")
        stream = "\n".join(text).encode("latin-1")
        objs.append(b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream")
        content_id = len(objs)
        objs.append(
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 %d 0 R >> >> /Contents %d 0 R >>"
            % (font_id, content_id))
        kids.append(len(objs))
    objs[0] = b"<< /Type /Catalog /Pages 2 0 R >>"
    objs[1] = b"<< /Type /Pages /Kids [%s] /Count %d >>" % (b" ".join(b"%d 0 R" % k for k in kids), len(kids))
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for i, body in enumerate(objs, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % i + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
    for off in offsets:
        out += b"%010d 00000 n \n" % off
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, xref)
    return bytes(out)


def main():
    target = pathlib.Path(sys.argv[1] if len(sys.argv) > 1 else "resources/demo")
    target.mkdir(parents=True, exist_ok=True)
    for name, pages in LETTERS.items():
        (target / name).write_bytes(pdf(pages))


if __name__ == "__main__":
    main()
