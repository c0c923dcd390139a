#!/usr/bin/env python3
"""Writes the .docx files the screening tests read (run from tests/data; the outputs are committed).

screening_sample.docx: a minimal but complete WordprocessingML document with a classification
marking in its header, personal data split across runs in the body, a text box (mc:Choice with an
mc:Fallback copy), a tracked deletion, tab stops, a table and a footer.
screening_bomb.docx: a document whose body unpacks to more than 50 MB (the reader must refuse it).
"""
import zipfile

W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
R = 'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'
MC = 'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"'
WPS = 'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"'

CONTENT_TYPES = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
<Default Extension="xml" ContentType="application/xml"/>
<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>
<Override PartName="/word/header1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml"/>
<Override PartName="/word/footer1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"/>
</Types>"""

RELS = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>
</Relationships>"""

DOC_RELS = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/header" Target="header1.xml"/>
<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer" Target="footer1.xml"/>
</Relationships>"""

HEADER = f"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:hdr {W}><w:p><w:r><w:t>秘密★1年</w:t></w:r></w:p></w:hdr>"""

FOOTER = f"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:ftr {W}><w:p><w:r><w:t xml:space="preserve">第 1 页</w:t></w:r></w:p></w:ftr>"""

BODY = f"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:document {W} {R} {MC} {WPS} mc:Ignorable="wps"><w:body>
<w:p><w:r><w:t>关于做好信息公开工作的通知</w:t></w:r></w:p>
<w:p><w:pPr><w:tabs><w:tab w:val="left" w:pos="2000"/></w:tabs></w:pPr><w:r><w:t>各科室：</w:t></w:r></w:p>
<w:p><w:r><w:t>申请人张三，身份证号</w:t></w:r><w:r><w:rPr><w:b/></w:rPr><w:t>110101</w:t></w:r><w:r><w:t>199003071233，联系电话</w:t></w:r><w:r><w:tab/><w:t xml:space="preserve">138 1234 5678。</w:t></w:r></w:p>
<w:p><w:r><w:t>本通知</w:t><w:br/><w:t>内部资料</w:t></w:r></w:p>
<w:p><w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wps:txbx><w:txbxContent><w:p><w:r><w:t>文本框</w:t></w:r></w:p></w:txbxContent></wps:txbx></w:drawing></mc:Choice><mc:Fallback><w:pict><w:txbxContent><w:p><w:r><w:t>文本框</w:t></w:r></w:p></w:txbxContent></w:pict></mc:Fallback></mc:AlternateContent></w:r></w:p>
<w:p><w:del w:id="1" w:author="a" w:date="2024-01-01T00:00:00Z"><w:r><w:delText>注意保密</w:delText></w:r></w:del><w:r><w:t>已删除</w:t></w:r></w:p>
<w:tbl><w:tr><w:tc><w:p><w:r><w:t>保护商业秘密</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>其它</w:t></w:r></w:p></w:tc></w:tr></w:tbl>
<w:sectPr><w:headerReference w:type="default" r:id="rId1"/><w:footerReference w:type="default" r:id="rId2"/></w:sectPr>
</w:body></w:document>"""


def write(name, parts):
    with zipfile.ZipFile(name, "w", zipfile.ZIP_DEFLATED) as z:
        for part, text in parts:
            z.writestr(part, text.encode("utf-8") if isinstance(text, str) else text)


write("screening_sample.docx", [
    ("[Content_Types].xml", CONTENT_TYPES), ("_rels/.rels", RELS), ("word/_rels/document.xml.rels", DOC_RELS),
    ("word/document.xml", BODY), ("word/header1.xml", HEADER), ("word/footer1.xml", FOOTER),
])

bomb = (f'<?xml version="1.0" encoding="UTF-8"?><w:document {W}><w:body><w:p><w:r><w:t>'.encode()
        + b" " * (51 * 1024 * 1024) + b"</w:t></w:r></w:p></w:body></w:document>")
with zipfile.ZipFile("screening_bomb.docx", "w", zipfile.ZIP_DEFLATED, compresslevel=9) as z:
    z.writestr("[Content_Types].xml", CONTENT_TYPES)
    z.writestr("word/document.xml", bomb)
