/** explainClassification: every judgement, confidence, signals and quotes with pages. */
import { describe, expect, it } from 'vitest';
import { classifyDocument } from './classify-document.ts';
import { BODY_PAGE, extracted } from './document-factory.ts';
import { explainClassification } from './explain.ts';

describe('explainClassification', () => {
  it('lists judgements with confidence and page-cited quotes', () => {
    const c = classifyDocument(extracted(['Exempelby kommun\nTillväxtstrategi 2020–2024\nAntagen av kommunfullmäktige 2020-01-27', BODY_PAGE, 'Strategin bygger på samverkan med grannkommunerna i Business Region Exempel.\nEn handlingsplan tas fram årligen.']));
    const text = explainClassification(c);
    expect(text).toContain('Program: ja');
    expect(text).toContain('Typ: growth');
    expect(text).toMatch(/Giltighet: 2020–2024 \(säkerhet \d+ %\)/);
    expect(text).toContain('Regional koppling: intermunicipal');
    expect(text).toMatch(/s\. 3: "Strategin bygger på samverkan med grannkommunerna/);
    expect(text).toContain('Handlingsplan: linked');
    expect(text).toContain('Signaler:');
  });
  it('says why a look-alike is not a program', () => {
    const text = explainClassification(classifyDocument(extracted(['Översiktsplan 2030\nExempelby kommun', BODY_PAGE])));
    expect(text).toContain('Program: nej (comprehensive_plan)');
    expect(text).toMatch(/översiktsplan/i);
  });
});
