export const pl = {
  settings: {
    nav: 'Moje konto',
    title: 'Moje konto',
    password: 'Zmiana hasła',
    current: 'Obecne hasło',
    new: 'Nowe hasło',
    newHint: 'Co najmniej 12 znaków.',
    repeat: 'Powtórz nowe hasło',
    mismatch: 'Hasła się różnią.',
    submit: 'Zmień hasło',
    changed: 'Hasło zostało zmienione.',
    wrongCurrent: 'Obecne hasło jest nieprawidłowe.',
  },
};
export const en = {
  settings: {
    nav: 'My account',
    title: 'My account',
    password: 'Change password',
    current: 'Current password',
    new: 'New password',
    newHint: 'At least 12 characters.',
    repeat: 'Repeat the new password',
    mismatch: 'The passwords differ.',
    submit: 'Change password',
    changed: 'Your password has been changed.',
    wrongCurrent: 'The current password is wrong.',
  },
};
