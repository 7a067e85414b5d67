import { expect, test } from "@playwright/test";
import { routes } from "../../lib/routes";
import { content } from "./content";

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const SIZES = [
  { size: "1200x630", width: 1200, height: 630 },
  { size: "1080x1080", width: 1080, height: 1080 },
] as const;

for (const { size, width, height } of SIZES) {
  test(`every quote has a ${size} PNG card at /cards/<id>-${size}.png`, async ({ request }) => {
    const ids = [...(await content()).quotes.keys()];
    expect(ids.length).toBeGreaterThan(0);
    for (const id of ids) {
      const url = routes.cardImage(id, size);
      expect(url).toBe(`/cards/${id}-${size}.png`);
      const response = await request.get(url);
      expect(response.status(), url).toBe(200);
      expect(response.headers()["content-type"], url).toBe("image/png");
      const body = await response.body();
      expect([...body.subarray(0, 8)], `${url}: PNG signature`).toEqual(PNG_SIGNATURE);
      // The first chunk is IHDR: length (4 bytes), "IHDR", then width and height as big-endian uint32.
      expect(body.toString("latin1", 12, 16), `${url}: IHDR`).toBe("IHDR");
      expect(body.readUInt32BE(16), `${url}: width`).toBe(width);
      expect(body.readUInt32BE(20), `${url}: height`).toBe(height);
    }
  });
}

test("a card for an unknown quote is not found", async ({ request }) => {
  expect((await request.get("/cards/no-such-quote-1200x630.png")).status()).toBe(404);
});
