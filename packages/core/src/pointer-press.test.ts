import { describe, expect, it } from 'vitest';
import { afterPointerPress, isPointerPressing, watchPointerPresses } from './pointer-press.js';

const press = (type: string) => window.dispatchEvent(new PointerEvent(type, { bubbles: true }));

describe('afterPointerPress', () => {
  watchPointerPresses();

  it('runs at once when no press is under way (keyboard focus moves)', () => {
    let ran = false;
    afterPointerPress(() => (ran = true));
    expect(ran).toBe(true);
  });

  it('waits for the click of a press, which is delivered to its target first', () => {
    const order: string[] = [];
    const target = document.body.appendChild(document.createElement('button'));
    target.addEventListener('click', () => order.push('click on target'));
    press('pointerdown');
    expect(isPointerPressing()).toBe(true);
    afterPointerPress(() => order.push('error shown'));
    press('pointerup');
    expect(order).toEqual([]);
    target.click();
    expect(order).toEqual(['click on target', 'error shown']);
    expect(isPointerPressing()).toBe(false);
    target.remove();
  });

  it('does not wait for ever: a cancelled press, or a release with no click', async () => {
    let ran = 0;
    press('pointerdown');
    afterPointerPress(() => (ran += 1));
    press('pointercancel');
    expect(ran).toBe(1);
    press('pointerdown');
    afterPointerPress(() => (ran += 1));
    press('pointerup');
    expect(ran).toBe(1);
    await new Promise((resolve) => setTimeout(resolve, 700));
    expect(ran).toBe(2);
  });
});
