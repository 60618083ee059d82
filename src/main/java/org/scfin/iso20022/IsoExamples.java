package org.scfin.iso20022;

/** The messages shown in the OpenAPI document and the README: one invoice of 1,000,000.00 yuan, due 30 June 2026. */
final class IsoExamples {

    private IsoExamples() {}

    static final String REQUEST_ID = "0KZ4J2D1X3B8Z";

    static final String REQUEST = """
            <?xml version="1.0" encoding="UTF-8"?>
            <Document xmlns="urn:iso:std:iso:20022:tech:xsd:tsin.001.001.01">
              <InvcFincgReq>
                <ReqGrpInf>
                  <GrpId>SUP-2026-0302-001</GrpId>
                  <CreDtTm>2026-03-02T09:00:00+08:00</CreDtTm>
                  <NbOfInvcReqs>1</NbOfInvcReqs>
                  <TtlBlkInvcAmt Ccy="CNY">900000.00</TtlBlkInvcAmt>
                  <Ccy>CNY</Ccy>
                  <FincgRqstr>
                    <PtyId>
                      <Nm>Jinchang Nickel Parts Co., Ltd.</Nm>
                      <PrtryId><Id>0KZ4J2D1X3B7R</Id><IdTp>SCFIN</IdTp></PrtryId>
                    </PtyId>
                  </FincgRqstr>
                  <FrstAgt>
                    <PrtryId><Id>0KZ4J2D1X3B7S</Id><IdTp>SCFIN</IdTp></PrtryId>
                  </FrstAgt>
                </ReqGrpInf>
                <InvcReqInf>
                  <InvcGnlInf>
                    <DocTp>CINV</DocTp>
                    <DocNb>INV-2026-0042</DocNb>
                    <IsseDt>2026-03-01</IsseDt>
                  </InvcGnlInf>
                  <InvcTtlsInf>
                    <TtlTaxblAmt Ccy="CNY">884955.75</TtlTaxblAmt>
                    <TtlTaxAmt Ccy="CNY">115044.25</TtlTaxAmt>
                    <TtlInvcAmt Ccy="CNY">1000000.00</TtlInvcAmt>
                    <PmtDueDt>2026-06-30</PmtDueDt>
                  </InvcTtlsInf>
                  <ReqdAmt><Amt Ccy="CNY">900000.00</Amt></ReqdAmt>
                  <Spplr>
                    <PtyId><Id><OrgId><PrtryId><Id>0KZ4J2D1X3B7R</Id></PrtryId></OrgId></Id></PtyId>
                  </Spplr>
                  <Buyr>
                    <PtyId>
                      <Nm>Jinchuan Group Co., Ltd.</Nm>
                      <Id><OrgId><PrtryId><Id>0KZ4J2D1X3B7Q</Id></PrtryId></OrgId></Id>
                    </PtyId>
                  </Buyr>
                  <InvcPmtInf><PmtMtd>TRF</PmtMtd></InvcPmtInf>
                </InvcReqInf>
              </InvcFincgReq>
            </Document>
            """;

    static final String STATUS = """
            <?xml version="1.0" encoding="UTF-8" ?>
            <Document xmlns="urn:iso:std:iso:20022:tech:xsd:tsin.002.001.01">
              <InvcFincgReqSts>
                <StsId><Id>0KZ4J2D1X3B90</Id><CreDtTm>2026-03-02T01:00:01Z</CreDtTm></StsId>
                <OrgnlReqInfAndSts>
                  <Id>SUP-2026-0302-001</Id>
                  <CreDtTm>2026-03-02T01:00:00Z</CreDtTm>
                  <FincgRqstr>
                    <PtyId>
                      <Nm>Jinchang Nickel Parts Co., Ltd.</Nm>
                      <PrtryId><Id>0KZ4J2D1X3B7R</Id><IdTp>SCFIN</IdTp></PrtryId>
                    </PtyId>
                  </FincgRqstr>
                  <FrstAgt><PrtryId><Id>0KZ4J2D1X3B7S</Id><IdTp>SCFIN</IdTp></PrtryId></FrstAgt>
                  <VldtnStsInf><Sts>RCCF</Sts></VldtnStsInf>
                </OrgnlReqInfAndSts>
                <FincgInfAndSts>
                  <FincgAllwdSummry>
                    <FincdItmNb>0</FincdItmNb>
                    <TtlAccptdItmsAmt Ccy="CNY">0.00</TtlAccptdItmsAmt>
                    <TtlFincdAmt Ccy="CNY">0.00</TtlFincdAmt>
                  </FincgAllwdSummry>
                  <InvcFincgDtls>
                    <OrgnlInvcInf>
                      <DocNb>INV-2026-0042</DocNb>
                      <TtlInvcAmt Ccy="CNY">1000000.00</TtlInvcAmt>
                      <IsseDt>2026-03-01</IsseDt>
                      <PmtDueDt>2026-06-30</PmtDueDt>
                    </OrgnlInvcInf>
                    <InvcFincgRslt>
                      <FincgReqSts>PDNG</FincgReqSts>
                      <AddtlStsRsnInf>financing 0KZ4J2D1X3B81 APPLIED</AddtlStsRsnInf>
                    </InvcFincgRslt>
                  </InvcFincgDtls>
                </FincgInfAndSts>
              </InvcFincgReqSts>
            </Document>
            """;

    static final String CANCELLATION = """
            <?xml version="1.0" encoding="UTF-8"?>
            <Document xmlns="urn:iso:std:iso:20022:tech:xsd:tsin.003.001.01">
              <InvcFincgCxlReq>
                <CxlReqId><Id>SUP-2026-0302-001-CXL</Id><CreDtTm>2026-03-02T10:00:00+08:00</CreDtTm></CxlReqId>
                <CxlReqInf>
                  <OrgnlGrpId>SUP-2026-0302-001</OrgnlGrpId>
                  <OrgnlCreDtTm>2026-03-02T09:00:00+08:00</OrgnlCreDtTm>
                  <NbOfInvcReqs>1</NbOfInvcReqs>
                  <TtlBlkInvcAmt Ccy="CNY">900000.00</TtlBlkInvcAmt>
                  <CxlRsn>Paid by the buyer early</CxlRsn>
                  <FincgRqstr>
                    <PtyId>
                      <Nm>Jinchang Nickel Parts Co., Ltd.</Nm>
                      <PrtryId><Id>0KZ4J2D1X3B7R</Id><IdTp>SCFIN</IdTp></PrtryId>
                    </PtyId>
                  </FincgRqstr>
                  <FrstAgt><PrtryId><Id>0KZ4J2D1X3B7S</Id><IdTp>SCFIN</IdTp></PrtryId></FrstAgt>
                </CxlReqInf>
              </InvcFincgCxlReq>
            </Document>
            """;
}
