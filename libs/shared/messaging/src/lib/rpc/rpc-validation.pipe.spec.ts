import { IsString } from 'class-validator';

import { ValidationFailedException } from '@bma-kpi/errors';

import { createContractValidationPipe, nullCharacterFields } from './rpc-validation.pipe';

class NoteRequest {
  @IsString()
  text: string;
}

describe('nullCharacterFields', () => {
  it.each([
    [{ text: 'ok' }, []],
    [{ text: 'a\u0000b' }, ['text']],
    [{ items: [{ name: 'x' }, { name: '\u0000' }] }, ['items.1.name']],
    ['\u0000', ['body']],
    [42, []],
  ])('%j → %j', (value, fields) => {
    expect(nullCharacterFields(value)).toEqual(fields);
  });
});

describe('createContractValidationPipe', () => {
  const sut = createContractValidationPipe();

  it('rejects a NUL character before validating', async () => {
    const result = sut.transform({ text: 'a\u0000' }, { type: 'body', metatype: NoteRequest });

    await expect(result).rejects.toBeInstanceOf(ValidationFailedException);
  });

  it('rejects unknown fields', async () => {
    const failure = (await sut
      .transform({ text: 'a', extra: 1 }, { type: 'body', metatype: NoteRequest })
      .catch((caught: unknown) => caught)) as ValidationFailedException;

    expect(failure.extra.errors?.[0]).toMatchObject({ field: 'extra', rule: 'whitelistValidation' });
  });

  it('passes valid input', async () => {
    await expect(sut.transform({ text: 'ผลงาน' }, { type: 'body', metatype: NoteRequest })).resolves.toEqual({ text: 'ผลงาน' });
  });
});
