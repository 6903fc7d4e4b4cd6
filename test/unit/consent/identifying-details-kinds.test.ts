import { describe, expect, it } from 'vitest';
import { findIdentifyingDetails } from '../../../shared/consent/identifying-details';

// What the identifying-detail check offers to mark, exactly: its kind, the category "mark as
// sensitive" applies, and the words themselves (nothing before or after them).
const found = (text: string, lang: 'en' | 'es') =>
  findIdentifyingDetails(text, lang).map((f) => {
    expect(text.slice(f.start, f.end)).toBe(f.text);
    return [f.kind, f.category, f.text];
  });

describe('patterns in any language', () => {
  it('gives each kind the category it is marked with', () => {
    expect(found('Mail ana@correo.es, call 555 123 4567.', 'es')).toEqual([
      ['email', 'contact', 'ana@correo.es'],
      ['phone', 'contact', '555 123 4567'],
    ]);
    expect(found('at 12 Oak Road, on 2021-04-05.', 'en')).toEqual([
      ['address', 'place', '12 Oak Road'],
      ['date', 'date', '2021-04-05'],
    ]);
  });

  it('takes phone numbers of 7 to 15 digits only', () => {
    const phones = (t: string) => found(t, 'en').filter(([k]) => k === 'phone');
    expect(phones('dial 123 4567 now')).toEqual([['phone', 'contact', '123 4567']]);
    expect(phones('dial 12 3456 now')).toEqual([]);
    expect(phones('dial +44 1234 5678 9012 now')).toEqual([['phone', 'contact', '+44 1234 5678 9012']]);
    expect(phones('dial 1234 5678 9012 3456 now')).toEqual([]);
  });

  it('finds a street address with its flat number, and a Spanish one with its house number', () => {
    expect(found('Send it to 1600 Pennsylvania Avenue, Apt 4B please', 'en')).toEqual([
      ['address', 'place', '1600 Pennsylvania Avenue, Apt 4B'],
    ]);
    expect(found('vive en Avenida de la Constitución, nº 12 desde hoy', 'es')).toEqual([
      ['address', 'place', 'Avenida de la Constitución, nº 12'],
    ]);
  });

  it('finds dates written in the common English and Spanish ways', () => {
    const dates = (t: string, lang: 'en' | 'es') =>
      found(t, lang)
        .filter(([k]) => k === 'date')
        .map(([, , x]) => x);
    expect(dates('on 3rd of June, 2020 and Sept. 5th and 12.04.22 and May 2019', 'en')).toEqual([
      '3rd of June, 2020',
      'Sept. 5th',
      '12.04.22',
      'May 2019',
    ]);
    expect(dates('el 5 de julio del 2021 y en agosto de 2020', 'es')).toEqual([
      '5 de julio del 2021',
      'agosto de 2020',
    ]);
  });
});

describe('Spanish names', () => {
  it('joins capitalised words across "de", "la" … only when another capitalised word follows', () => {
    expect(found('Hablé con María del Carmen Ortega y de Pablo.', 'es')).toEqual([
      ['person', 'person', 'María del Carmen Ortega'],
      ['person', 'person', 'Pablo'],
    ]);
  });

  it('does not join words across punctuation, but joins them across "y"', () => {
    expect(found('Hablé con Ana, Luis, Marta y Sol.', 'es').map(([, , t]) => t)).toEqual([
      'Ana',
      'Luis',
      'Marta y Sol',
    ]);
  });

  it('takes a name opening a sentence when it has two words, not one word alone', () => {
    expect(found('Rosa vino. Rosa Díaz vino.', 'es')).toEqual([['person', 'person', 'Rosa Díaz']]);
    expect(found('«Tomás dijo que sí', 'es')).toEqual([]);
  });

  it('skips common words opening a name, and tells places and organizations by the word before or first', () => {
    expect(found('Luego Pedro fue hasta Quito con el Banco Andino.', 'es')).toEqual([
      ['person', 'person', 'Pedro'],
      ['place', 'place', 'Quito'],
      ['organization', 'organization', 'Banco Andino'],
    ]);
  });

  it('does not offer a single capital letter', () => {
    expect(found('dijo que la letra B era suya', 'es')).toEqual([]);
  });
});

describe('English names', () => {
  it('does not offer lower-case words, and trims quotes and punctuation around a name', () => {
    const t = found('I told mom. "Sarah Connor," she said.', 'en');
    expect(t).toEqual([['person', 'person', 'Sarah Connor']]);
  });
});

describe('overlaps', () => {
  it('keeps the more specific finding, then the longer one, in text order', () => {
    expect(found('Write to juan.perez@example.com today', 'en')).toEqual([
      ['email', 'contact', 'juan.perez@example.com'],
    ]);
  });
});

describe('exactly what is offered in a passage, nothing more', () => {
  const at = (text: string, lang: 'en' | 'es') =>
    findIdentifyingDetails(text, lang).map((f) => [f.kind, f.text, f.start]);

  it('in Spanish: a person, a place after "en", an address, a date and an organization, and no sentence opener', () => {
    const text =
      'Ayer hablé con Juan Pérez en Sevilla. Vivíamos en la Calle de Alcalá 25 desde el 3 de marzo de 2019. Trabajé para la Fundación Esperanza.';
    expect(at(text, 'es')).toEqual([
      ['person', 'Juan Pérez', 15],
      ['place', 'Sevilla', 29],
      ['address', 'Calle de Alcalá 25', 53],
      ['date', '3 de marzo de 2019', 81],
      ['organization', 'Fundación Esperanza', 117],
    ]);
  });

  it('in Spanish: a lone name inside a question is offered, one opening an exclamation is not; a place after each cue', () => {
    expect(at('¿Dónde está Ana? ¡Luis llegó! Fuimos desde Lima hasta Cusco y a Puno.', 'es')).toEqual([
      ['person', 'Ana', 12],
      ['place', 'Lima', 43],
      ['place', 'Cusco', 54],
      ['place', 'Puno', 64],
    ]);
  });

  it('in English: names inside brackets, guillemets and quotes, without them', () => {
    expect(at('(Sarah Connor) met «Tom» and "Kyle Reese" in Los Angeles on 2021-04-05.', 'en')).toEqual([
      ['person', 'Sarah Connor', 1],
      ['person', 'Tom', 20],
      ['person', 'Kyle Reese', 30],
      ['place', 'Los Angeles', 45],
      ['date', '2021-04-05', 60],
    ]);
  });

  it('a phone number without the comma after it, no number run into a word, an email without the full stop', () => {
    expect(at('call +34 612 345 678, or 612-345-678x, or ana@mail.co.uk.', 'en')).toEqual([
      ['phone', '+34 612 345 678', 5],
      ['email', 'ana@mail.co.uk', 42],
    ]);
    expect(at('Mail a@b.c or x@y.co now', 'en')).toEqual([['email', 'x@y.co', 14]]);
  });

  it('dates with ordinals, abbreviated months and two-digit years', () => {
    expect(at('the 4th of July 2020, Dec 25, and 1/2/99.', 'en')).toEqual([
      ['date', '4th of July 2020', 4],
      ['date', 'Dec 25', 22],
      ['date', '1/2/99', 34],
    ]);
  });
});

describe('the edges of each kind', () => {
  const at = (text: string, lang: 'en' | 'es') =>
    findIdentifyingDetails(text, lang).map((f) => [f.kind, f.text, f.start]);

  it('an English name in quotes inside brackets is the name alone, not the next word', () => {
    expect(at('He said ("Kyle Reese") twice', 'en')).toEqual([['person', 'Kyle Reese', 10]]);
  });

  it('a street abbreviation without its full stop, and a phone number of exactly 15 digits', () => {
    expect(at('I lived at 12 Oak St. with her', 'en')).toEqual([['address', '12 Oak St', 11]]);
    expect(at('dial +123 4567 8901 2345 now', 'en')).toEqual([['phone', '+123 4567 8901 2345', 5]]);
  });

  it('phone numbers with the country code or the area code run into the number', () => {
    expect(at('call +34612 345 678 or (555)123-4567 today', 'en')).toEqual([
      ['phone', '+34612 345 678', 5],
      ['phone', '(555)123-4567', 23],
    ]);
  });

  it('emails with digits in the domain and in a subdomain', () => {
    expect(at('write to ana@correo9.es or to x@mail.123.org', 'en')).toEqual([
      ['email', 'ana@correo9.es', 9],
      ['email', 'x@mail.123.org', 30],
    ]);
  });

  it('a date beside a number stays a date, not a phone number', () => {
    expect(at('on 2021-04-05 1234 we left', 'en')).toEqual([['date', '2021-04-05', 3]]);
  });

  it('Spanish names: two spaces join, a comma parts, a trailing "y" is left out, a common word mid-sentence is none', () => {
    expect(at('Hablé con Juan  Pérez y con Ana ,Luis.', 'es')).toEqual([
      ['person', 'Juan  Pérez', 10],
      ['person', 'Ana', 28],
      ['person', 'Luis', 33],
    ]);
    expect(at('Vino con Pablo y', 'es')).toEqual([['person', 'Pablo', 9]]);
    expect(at('Hablé con Bartolomé Ruiz.', 'es')).toEqual([['person', 'Bartolomé Ruiz', 10]]);
    expect(at('Dijo que Nadie vino. Hablé con Li.', 'es')).toEqual([['person', 'Li', 31]]);
  });

  it('Spanish names joined by "la", "las" and "los", and a place after "hacia"', () => {
    expect(at('Hablé con Pedro la Fuente, con Pedro las Heras, con Pedro los Arcos. Fue hacia Quito.', 'es')).toEqual([
      ['person', 'Pedro la Fuente', 10],
      ['person', 'Pedro las Heras', 31],
      ['person', 'Pedro los Arcos', 52],
      ['place', 'Quito', 79],
    ]);
  });

  it('no name in lower case or starting lower case, and no one-letter name, in either language', () => {
    expect(at('i met john smith and mcDonald yesterday', 'en')).toEqual([]);
    expect(at('Then J left with Mary.', 'en')).toEqual([['person', 'Mary', 17]]);
    expect(at('Hablé con Ana iPhone y con Ana de eBay.', 'es')).toEqual([
      ['person', 'Ana', 10],
      ['person', 'Ana', 27],
    ]);
    expect(at('ya vino Nadie', 'es')).toEqual([]);
    expect(at('ya vino Nadie y', 'es')).toEqual([]);
  });
});

describe('a name never starts or ends on a connector ("de", "la", "y", "of", "van" …)', () => {
  // Marking "Rosa de" withholds the "de" and offers a word that names no one; the name alone is asked about.
  const names = (text: string, lang: 'en' | 'es') =>
    findIdentifyingDetails(text, lang).map((f) => {
      expect(text.slice(f.start, f.end)).toBe(f.text);
      return f.text;
    });

  it('in English, a trailing connector is left out, whatever compromise joined it to', () => {
    expect(names('Rosa de la ciudad told me.', 'en')).toEqual(['Rosa']);
    expect(names('Then Carlos van left the house.', 'en')).toEqual(['Carlos']);
    expect(names('Ask Maria del about it.', 'en')).toEqual(['Maria']);
    expect(names('Maria de la', 'en')).toEqual(['Maria']);
    expect(names('Rosa y', 'en')).toEqual(['Rosa']);
    expect(names('He said ("Rosa de") twice.', 'en')).toEqual(['Rosa']);
  });

  it('in English, a leading lower-case connector is left out, and the name after it is still offered', () => {
    expect(names('I saw de la Cruz there.', 'en')).toEqual(['Cruz']);
  });

  it('in Spanish, a connector written with a capital does not end a name', () => {
    expect(found('Vi a María De en la casa.', 'es')).toEqual([['place', 'place', 'María']]);
    expect(names('Vi a Rosa Del y a Juan.', 'es')).toEqual(['Rosa', 'Juan']);
    expect(names('Fui con María De La', 'es')).toEqual(['María']);
    expect(names('Hablé con Pedro El.', 'es')).toEqual(['Pedro']);
  });

  it('keeps the connectors inside a name, and a capitalised particle opening one, in both languages', () => {
    expect(names('I stayed with María de la Cruz in Texas.', 'en')).toEqual(['María de la Cruz', 'Texas']);
    expect(names('Juan van der Berg drove the van.', 'en')).toEqual(['Juan van der Berg']);
    expect(names('Rosa e Isabel came.', 'en')).toEqual(['Rosa e Isabel']);
    expect(names('The Isle of Man is far.', 'en')).toEqual(['Isle of Man']);
    expect(names('Robert De Niro and Van Gogh met.', 'en')).toEqual(['Robert De Niro', 'Van Gogh']);
    expect(names('Vi a María de la Cruz ayer.', 'es')).toEqual(['María de la Cruz']);
    expect(names('Juan De La Cruz vino.', 'es')).toEqual(['Juan De La Cruz']);
    expect(names('Ana Y Rosa vinieron.', 'es')).toEqual(['Ana Y Rosa']);
  });

  it('in English, a capitalised word at the end stays: "Van", "Du" or an initial may be a name', () => {
    expect(names('I met Van Du yesterday.', 'en')).toEqual(['Van Du']);
    expect(names('I met Rosa E at noon.', 'en')).toEqual(['Rosa E']);
  });

  it('offers nothing when the name is a connector alone', () => {
    // compromise takes "van" in "dear van," for a name.
    expect(names('dear van, come home', 'en')).toEqual([]);
    expect(names('Vi a Rosa. De nada.', 'es')).toEqual(['Rosa']);
  });
});

describe('where findings meet', () => {
  const at = (text: string, lang: 'en' | 'es') =>
    findIdentifyingDetails(text, lang).map((f) => [f.kind, f.text, f.start]);

  it('of two addresses over the same number, the longer is offered, whichever way it is written', () => {
    expect(at('Calle Mayor 12 Elm Street', 'en')).toEqual([['address', 'Calle Mayor 12', 0]]);
    expect(at('Vivía en Calle Sol 12 Elm Street Apt 4', 'es')).toEqual([
      ['place', 'Calle Sol', 9],
      ['address', '12 Elm Street Apt 4', 19],
    ]);
  });

  it('keeps both of two findings that touch without a character between them', () => {
    // A name ending in an apostrophe right before a house number, a number run into a name.
    expect(at("Hablé con Ana'42 Elm Street.", 'es')).toEqual([
      ['person', "Ana'", 10],
      ['address', '42 Elm Street', 14],
    ]);
    expect(at('Vivía en Calle Mayor 123456Ana.', 'es')).toEqual([
      ['address', 'Calle Mayor 123456', 9],
      ['person', 'Ana', 27],
    ]);
  });

  it('a Spanish name written in capitals or with inner capitals is a person, not a common word or a company', () => {
    // "PEDRO" ends in "O" and "DeLaCruz" in "Cruz": only a whole word is a sentence opener or an organization.
    expect(found('Hablé con PEDRO y con DeLaCruz.', 'es')).toEqual([
      ['person', 'person', 'PEDRO'],
      ['person', 'person', 'DeLaCruz'],
    ]);
  });

  it('a name followed by "de" or "de la" at the very end of the text is the name alone', () => {
    expect(at('Hablé con María de', 'es')).toEqual([['person', 'María', 10]]);
    expect(at('Hablé con María de la', 'es')).toEqual([['person', 'María', 10]]);
  });
});
