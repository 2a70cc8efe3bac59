import { describe, expect, it } from 'vitest';
import { fitImage } from '../../src/lib/image-fit';

describe('fitImage', () => {
  it('fits a wide image to the width of the window, less the margins, keeping its shape', () => {
    expect(fitImage(1600, 520, 1280, 720)).toEqual({ width: 1248, height: 405 });
    expect(fitImage(1600, 520, 375, 740)).toEqual({ width: 343, height: 111 });
  });

  it('fits a tall image to the height of the window, less the room for its caption and link', () => {
    expect(fitImage(1600, 1040, 1280, 800)).toEqual({ width: 1009, height: 656 });
    expect(fitImage(800, 2400, 1280, 800)).toEqual({ width: 218, height: 656 });
  });

  it('never shows an image larger than it is', () => {
    expect(fitImage(400, 300, 1280, 800)).toEqual({ width: 400, height: 300 });
  });

  it('draws a vector image as large as the window allows', () => {
    expect(fitImage(400, 200, 1280, 800, { enlarge: true })).toEqual({ width: 1248, height: 624 });
    expect(fitImage(400, 300, 1280, 800, { enlarge: true })).toEqual({ width: 874, height: 656 });
    expect(fitImage(1600, 520, 375, 740, { enlarge: true })).toEqual({ width: 343, height: 111 });
  });

  it('keeps a pixel in a window smaller than its margins', () => {
    expect(fitImage(1600, 520, 20, 100)).toEqual({ width: 1, height: 1 });
  });
});
