/** The field in hand (components/insert/field-in-hand.ts), for a panel view. */
import { useEffect, useState } from 'react';
import { watchFieldInHand, type FieldInHand } from '../insert/field-in-hand';

export function useFieldInHand(): FieldInHand | undefined {
  const [field, setField] = useState<FieldInHand | undefined>();
  useEffect(() => watchFieldInHand(setField), []);
  return field;
}
