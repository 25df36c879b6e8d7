import { describe, expect, it } from 'vitest';
import { htmlToLines } from '../../../../src/domain/spec/formats/html-to-lines.ts';

describe('htmlToLines(html)', () => {
  const cases: { name: string; input: string; expected: string[] }[] = [
    {
      name: 'drops navigation, scripts, styles and page chrome',
      input:
        '<html><head><title>HR</title><style>p{color:red}</style></head><body>' +
        '<header><a href="/">Home</a></header><nav><ul><li>Jobs</li></ul></nav>' +
        '<script>var x = "<p>no</p>";</script><noscript>Enable JS</noscript>' +
        '<main><p>Performs casework.</p></main>' +
        '<aside>Related links</aside><form><label>Search</label></form><footer>© 2024</footer></body></html>',
      expected: ['Performs casework.'],
    },
    {
      name: 'drops hidden elements',
      input:
        '<p>Shown</p><p hidden>Hidden attribute</p><div style="display: none">No display</div>' +
        '<span aria-hidden="true">icon</span><p style="visibility:hidden">Invisible</p>',
      expected: ['Shown'],
    },
    {
      name: 'keeps an article header, which holds the content heading',
      input: '<article><header><h1>Case Manager II</h1></header><p>Definition</p></article>',
      expected: ['Case Manager II', '', 'Definition'],
    },
    {
      name: 'puts headings on their own line, with paragraphs separated by blank lines',
      input:
        '<h1>MEDICAL SOCIAL SERVICES</h1><h2>Level I</h2><p>Performs\n   social\tcasework.</p><p>Second.</p>',
      expected: [
        'MEDICAL SOCIAL SERVICES',
        '',
        'Level I',
        '',
        'Performs social casework.',
        '',
        'Second.',
      ],
    },
    {
      name: 'marks unordered and ordered list items',
      input:
        '<ul><li>Interviews clients</li><li>Keeps <b>records</b></li></ul><ol><li>One</li><li>Two</li></ol>',
      expected: ['- Interviews clients', '- Keeps records', '', '1. One', '2. Two'],
    },
    {
      name: 'letters and roman numerals by type, and start',
      input: '<ol type="a"><li>x</li><li>y</li></ol><ol type="I" start="3"><li>z</li></ol>',
      expected: ['a. x', 'b. y', '', 'III. z'],
    },
    {
      name: 'nests a list opened at once into its parent item as in the SUCSS MAQ HTML',
      input:
        '<ol class="eTestLiDecimal"> <li> <ol class="eTestLiAlpha"> <li>Bachelor&#39;s degree.<br> OR</li>' +
        ' <li>Registration as a CPA.</li></ol></li> <li>Additional training may be required.</li></ol>',
      expected: [
        "1. A. Bachelor's degree.",
        'OR',
        'B. Registration as a CPA.',
        '2. Additional training may be required.',
      ],
    },
    {
      name: 'puts a list item paragraph after its marker',
      input: '<ul><li><p>Wrapped in a paragraph</p></li></ul>',
      expected: ['- Wrapped in a paragraph'],
    },
    {
      name: 'turns table rows into tab-separated cells',
      input:
        '<table><tr><th>Class Title</th><th>Code</th></tr><tr><td>Medical Social Assistant</td><td>0264</td></tr>' +
        '<tr><td><p>Two</p><p>paragraphs</p></td><td></td></tr></table><p>After</p>',
      expected: [
        'Class Title\tCode',
        'Medical Social Assistant\t0264',
        'Two paragraphs',
        '',
        'After',
      ],
    },
    {
      name: 'decodes entities and collapses non-breaking spaces',
      input: '<p>Master&rsquo;s&nbsp;&nbsp;degree &amp; one&#160;year &lt;12 months&gt;</p>',
      expected: ['Master\u2019s degree & one year <12 months>'],
    },
    {
      name: 'breaks lines at <br>',
      input: '<p>POSITION CODE: 41311<br>Effective: 7/1/2024<br/><br>Last line</p>',
      expected: ['POSITION CODE: 41311', 'Effective: 7/1/2024', 'Last line'],
    },
    {
      name: 'starts a new line at each div and section',
      input: '<div>one</div><div>two <span>three</span></div><section>four</section>text after',
      expected: ['one', 'two three', 'four', 'text after'],
    },
    {
      name: 'keeps the line breaks of preformatted text',
      input: '<pre>Class Title      Code\nPlanner I        41311</pre>',
      expected: ['Class Title Code', 'Planner I 41311'],
    },
    {
      name: 'survives broken markup',
      input: '<p>Open <b>bold<li>item</p></div></td>',
      expected: ['Open bold', '- item'],
    },
    {
      name: 'gives no lines for an empty page',
      input: '<html><body> </body></html>',
      expected: [],
    },
  ];

  for (const { name, input, expected } of cases) {
    it(name, () => expect(htmlToLines(input)).toEqual(expected));
  }
});
