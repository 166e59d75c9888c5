// A posting's headline for a letter: the title and company `resume match` reads, from every shape a posting takes.
import { describe, expect, it } from 'vitest';
import { UserError } from '../../src/errors.js';
import { postingHeadline } from '../../src/letter/posting.js';
import { readPosting } from '../../src/match/index.js';

/** A German posting as job boards write it: no front matter, its title (and company) in the first heading. */
const HEADING = `# Senior Data Engineer (m/w/d) – Nordlicht Logistik SE

Nordlicht Logistik SE bringt Güter auf die Schiene.

## Deine Aufgaben

- Du betreibst unsere Streaming-Pipelines mit Kafka
`;

describe("a posting's headline", () => {
  it("is the posting reader's own title and company, for a Markdown posting titled by its heading", () => {
    const { title, company } = readPosting(HEADING, 'postings/nordlicht.md');
    const headline = postingHeadline(HEADING, 'postings/nordlicht.md');
    expect(headline).toEqual({
      file: 'postings/nordlicht.md',
      ...(title ? { title } : {}),
      ...(company ? { company } : {}),
    });
    expect(headline.title).toMatch(/^Senior Data Engineer \(m\/w\/d\)/);
    expect(postingHeadline('# Backend Engineer at Harbor Freight Systems\n\nWe ship.\n', 'a.md')).toEqual({
      file: 'a.md',
      title: 'Backend Engineer',
      company: 'Harbor Freight Systems',
    });
  });

  it("takes a plain text's short first line for its title", () => {
    expect(postingHeadline('Platform Engineer\n\nYou will run our data pipelines.\n', 'job.txt')).toEqual({
      file: 'job.txt',
      title: 'Platform Engineer',
    });
  });

  it('reads Markdown front matter, a JSON Resume job and a schema.org JobPosting', () => {
    expect(
      postingHeadline('---\ntitle: Data Engineer\ncompany: Quillmate\n---\nWe build…\n', 'job.md'),
    ).toEqual({ file: 'job.md', title: 'Data Engineer', company: 'Quillmate' });
    expect(postingHeadline('{"title": "Mobile Developer", "company": "Tidewater Apps"}', 'job.json')).toEqual(
      { file: 'job.json', title: 'Mobile Developer', company: 'Tidewater Apps' },
    );
    expect(
      postingHeadline(
        '{"@type": "JobPosting", "title": "SRE", "hiringOrganization": {"name": "Orbit"}}',
        'x.json',
      ),
    ).toEqual({ file: 'x.json', title: 'SRE', company: 'Orbit' });
  });

  it('finds nothing in a posting that names neither, and says why it cannot read one as match does', () => {
    expect(postingHeadline('We are hiring!\n\nApply now.', 'job.txt')).toEqual({ file: 'job.txt' });
    expect(() => postingHeadline('{ not json', 'job.json')).toThrow(UserError);
    expect(() => postingHeadline('   \n', 'job.md')).toThrow(
      'job.md: the posting has no text to match against',
    );
  });
});
